using System.Diagnostics;
using System.Text;
using Reader.Core.Repair;

namespace Reader.Benchmarks;

/// <summary>
/// Mojibake repair speed: a clean UTF-8 file (the article's sources, repaired, repeated to 32 MB) against
/// <c>iconv -f utf-8 -t utf-8</c> on the same file, and the throughput on damaged text.
/// </summary>
public sealed class RepairBenchmark : IBenchmark
{
    private const int Runs = 3;

    public string Name => "repair";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var repairer = new MojibakeRepairer();
        var sources = Directory.GetFiles(Path.Combine(options.ContentDir, "sources")).Order(StringComparer.Ordinal)
            .Select(f => repairer.Repair(File.ReadAllText(f, RepairInput.StrictUtf8)).Text)
            .ToList();
        var cleanBytes = (options.Quick ? 4 : 32) << 20;
        var file = Path.Combine(Path.GetTempPath(), $"reader-repair-bench-{Guid.NewGuid():N}.txt");
        try
        {
            WriteRepeated(file, string.Join("\n\n", sources), cleanBytes);
            var size = new FileInfo(file).Length;
            var iconv = Best(() => RunIconv(file));
            var repair = Best(() => RepairFile(repairer, file));
            var megabytes = size / (1024.0 * 1024.0);

            var damaged = DamagedSample(options, repairer, options.Quick ? 16 << 10 : 128 << 10);
            var damagedSeconds = Best(() => TimeRepair(repairer, damaged));
            var damagedKb = Encoding.UTF8.GetByteCount(damaged) / 1024.0;

            return
            [
                new(Name, $"clean UTF-8 ({megabytes:0} MB): repair", repair * 1000, "ms", iconv * 1000, "iconv -f utf-8 -t utf-8"),
                new(Name, "clean throughput", megabytes / repair, "MB/s"),
                new(Name, $"damaged text ({damagedKb:0} KB, 003 + cp1252-damaged sources)", damagedKb / damagedSeconds, "KB/s"),
            ];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void WriteRepeated(string path, string text, long bytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var block = Encoding.UTF8.GetByteCount(text) + 1;
        for (long written = 0; written < bytes; written += block)
        {
            writer.Write(text);
            writer.Write('\n');
        }
    }

    // The article's damaged source as it is, and the clean sources damaged with cp1252 (dropped bytes), repeated.
    private static string DamagedSample(BenchmarkOptions options, MojibakeRepairer repairer, int chars)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var parts = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(options.ContentDir, "sources")).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path, RepairInput.StrictUtf8);
            var (_, report) = repairer.RepairWithReport(text);
            parts.Add(report.IsClean
                ? cp1252.GetString(Encoding.UTF8.GetBytes(text)).Replace("\uFFFD", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal)
                : text);
        }
        var sample = new StringBuilder();
        while (sample.Length < chars)
        {
            sample.AppendJoin("\n\n", parts).Append('\n');
        }
        return sample.ToString();
    }

    private static double RepairFile(MojibakeRepairer repairer, string path)
    {
        var watch = Stopwatch.StartNew();
        using (var input = RepairInput.OpenValidated(path))
        using (var reader = new StreamReader(input, RepairInput.StrictUtf8, false, 1 << 16))
        using (var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16))
        {
            repairer.Repair(reader, writer);
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static double TimeRepair(MojibakeRepairer repairer, string text)
    {
        var watch = Stopwatch.StartNew();
        repairer.Repair(new StringReader(text), TextWriter.Null);
        return watch.Elapsed.TotalSeconds;
    }

    private static double RunIconv(string path)
    {
        var start = new ProcessStartInfo("sh", ["-c", "iconv -f utf-8 -t utf-8 \"$1\" > /dev/null", "sh", path]) { UseShellExecute = false };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"iconv failed with exit code {process.ExitCode}");
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static double Best(Func<double> run) => Enumerable.Range(0, Runs).Select(_ => run()).Min();
}
