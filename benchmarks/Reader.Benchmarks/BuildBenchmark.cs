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
            var startups = new List<(double Wall, double Cpu)>();
            var builds = new List<(double Wall, double Cpu)>();
            for (var i = 0; i < runs; i++)
            {
                startups.Add(Exec(root, "dotnet", version));
                builds.Add(Exec(root, "dotnet", build));
            }
            var startup = Median(startups.Select(s => s.Wall));
            var startupCpu = Median(startups.Select(s => s.Cpu));
            var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length;
            var bytes = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            return
            [
                new Measurement(Name, "reader --version start-up (median)", startup, "ms"),
                new Measurement(Name, "reader build, whole site (median)", Median(builds.Select(b => b.Wall)), "ms", startup, "reader --version"),
                // CPU time is less swayed by other load on a shared machine than wall time.
                new Measurement(Name, "reader --version CPU time (median)", startupCpu, "ms"),
                new Measurement(Name, "reader build CPU time (median)", Median(builds.Select(b => b.Cpu)), "ms", startupCpu, "reader --version CPU"),
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

    /// <summary>Runs a process to completion and returns its wall and CPU time in milliseconds; a failure stops the benchmark.</summary>
    private static (double Wall, double Cpu) Exec(string workingDirectory, string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var cpuBefore = ChildrenCpuMilliseconds();
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
        return (stopwatch.Elapsed.TotalMilliseconds, ChildrenCpuMilliseconds() - cpuBefore);
    }

    /// <summary>User + system CPU of all finished child processes (getrusage RUSAGE_CHILDREN); NaN off Linux.</summary>
    private static double ChildrenCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }
        // struct rusage on 64-bit Linux: ru_utime and ru_stime (timeval: seconds, microseconds), then 14 longs.
        var usage = new long[18];
        return GetResourceUsage(-1, usage) == 0
            ? (usage[0] + usage[2]) * 1000.0 + (usage[1] + usage[3]) / 1000.0
            : double.NaN;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [System.Runtime.InteropServices.Out] long[] usage);

    private static double Median(IEnumerable<double> values)
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
