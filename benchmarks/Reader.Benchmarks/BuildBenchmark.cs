using System.Diagnostics;

namespace Reader.Benchmarks;

/// <summary>
/// <c>reader build</c> against a bare <c>reader --version</c> start-up, all as fresh processes of the Release CLI,
/// interleaved so machine load hits each alike. Two builds are measured: <b>warm</b> — nothing changed since the last
/// build, so every stage comes from the build cache and the output is only verified (the everyday rebuild; goal ≤ 4×) —
/// and <b>cold</b> — <c>--no-cache</c>, every stage runs (a fresh checkout or a changed source).
/// </summary>
public sealed class BuildBenchmark : IBenchmark
{
    public string Name => "build";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var root = RepoRoot();
        // Always (incrementally) built, so the figures are never those of a stale binary.
        Exec(root, "dotnet", "build -c Release src/Reader.Cli -v q -nologo");
        var cli = Path.Combine(root, "src", "Reader.Cli", "bin", "Release", "net10.0", "reader.dll");
        var content = Path.GetFullPath(options.ContentDir, root);
        var scratch = Path.Combine(Path.GetTempPath(), $"reader-bench-build-{Guid.NewGuid():N}");
        try
        {
            // Warm and cold builds keep separate outputs and caches, so a cold run never refreshes what the warm one reuses.
            string Build(string name, string flags) =>
                $"\"{cli}\" build --content \"{content}\" --out \"{Path.Combine(scratch, name, "_site")}\" --cache-dir \"{Path.Combine(scratch, name, "cache")}\" {flags}";
            var version = $"\"{cli}\" --version";
            var warm = Build("warm", "");
            var cold = Build("cold", "--no-cache");
            Exec(root, "dotnet", version);
            Exec(root, "dotnet", warm);
            Exec(root, "dotnet", cold);

            var runs = options.Quick ? 3 : 7;
            var startups = new List<(double Wall, double Cpu)>();
            var warms = new List<(double Wall, double Cpu)>();
            var colds = new List<(double Wall, double Cpu)>();
            for (var i = 0; i < runs; i++)
            {
                startups.Add(Exec(root, "dotnet", version));
                warms.Add(Exec(root, "dotnet", warm));
                colds.Add(Exec(root, "dotnet", cold));
            }
            var startup = Median(startups.Select(s => s.Wall));
            var startupCpu = Median(startups.Select(s => s.Cpu));
            var output = Path.Combine(scratch, "warm", "_site");
            var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length;
            var bytes = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            return
            [
                new Measurement(Name, "reader --version start-up (median)", startup, "ms"),
                new Measurement(Name, "build warm (cached, no changes) (median)", Median(warms.Select(b => b.Wall)), "ms", startup, "reader --version"),
                new Measurement(Name, "build cold (--no-cache) (median)", Median(colds.Select(b => b.Wall)), "ms", startup, "reader --version"),
                // CPU time is less swayed by other load on a shared machine than wall time.
                new Measurement(Name, "reader --version CPU time (median)", startupCpu, "ms"),
                new Measurement(Name, "build warm CPU time (median)", Median(warms.Select(b => b.Cpu)), "ms", startupCpu, "reader --version CPU"),
                new Measurement(Name, "build cold CPU time (median)", Median(colds.Select(b => b.Cpu)), "ms", startupCpu, "reader --version CPU"),
                new Measurement(Name, "pages built", pages, "pages"),
                new Measurement(Name, "site size", bytes / 1024.0, "KiB"),
            ];
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
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
