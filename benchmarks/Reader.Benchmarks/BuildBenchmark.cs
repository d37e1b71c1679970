using System.Diagnostics;

namespace Reader.Benchmarks;

/// <summary>
/// The whole <c>reader build</c> (ingest → align → index → site) against a bare <c>reader --version</c> start-up,
/// both as fresh processes of the Release CLI, interleaved so machine load hits both alike. Goal: at most 4×.
/// </summary>
public sealed class BuildBenchmark : IBenchmark
{
    public string Name => "build";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var root = RepoRoot();
        var cli = Path.Combine(root, "src", "Reader.Cli", "bin", "Release", "net10.0", "reader.dll");
        if (!File.Exists(cli))
        {
            Exec(root, "dotnet", "build -c Release src/Reader.Cli -v q -nologo");
        }
        var content = Path.GetFullPath(options.ContentDir, root);
        var output = Path.Combine(Path.GetTempPath(), $"reader-bench-site-{Guid.NewGuid():N}");
        try
        {
            var version = $"\"{cli}\" --version";
            var build = $"\"{cli}\" build --content \"{content}\" --out \"{output}\"";
            Exec(root, "dotnet", version);
            Exec(root, "dotnet", build);

            var runs = options.Quick ? 3 : 7;
            var startups = new List<double>();
            var builds = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                startups.Add(Exec(root, "dotnet", version));
                builds.Add(Exec(root, "dotnet", build));
            }
            var startup = Median(startups);
            var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length;
            var bytes = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            return
            [
                new Measurement(Name, "reader --version start-up (median)", startup, "ms"),
                new Measurement(Name, "reader build, whole site (median)", Median(builds), "ms", startup, "reader --version"),
                new Measurement(Name, "pages built", pages, "pages"),
                new Measurement(Name, "site size", bytes / 1024.0, "KiB"),
            ];
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>Runs a process to completion and returns its wall time in milliseconds; a failure stops the benchmark.</summary>
    private static double Exec(string workingDirectory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' exited {process.ExitCode}: {stderr.Result.Trim()}{stdout.Result.Trim()}");
        }
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Reader.sln not found above the working folder.");
    }
}
