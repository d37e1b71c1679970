using System.Text;
using Reader.Core.Repair;

namespace Reader.Benchmarks;

/// <summary>
/// Mojibake repair memory on heavily damaged text (latin-1 with its C1 bytes stripped: a CJK character that lost two
/// bytes has a thousand candidates): the peak managed heap while repairing the article's sources run together as one
/// line, against the same text repaired line by line. Repair works a line at a time, so a run-on paragraph must not
/// make it hold more than a few lines do. Also how fast such damage is repaired (timed apart: sampling the heap slows it).
/// </summary>
public sealed class RepairMemoryBenchmark : IBenchmark
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(50);

    public string Name => "repair-memory";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var repairer = new MojibakeRepairer();
        var lines = Directory.GetFiles(Path.Combine(options.ContentDir, "sources")).Order(StringComparer.Ordinal)
            .SelectMany(f => repairer.Repair(File.ReadAllText(f, RepairInput.StrictUtf8)).Text.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            // The lines latin-1 damages most first: those of three-byte characters (CJK).
            .OrderByDescending(l => l.Count(c => c >= '\u0800'))
            .ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
        var limit = options.Quick ? 3_000 : 12_000;
        var taken = new List<string>();
        for (var (i, length) = (0, 0); length < limit; i = (i + 1) % lines.Count)
        {
            taken.Add(lines[i]);
            length += lines[i].Length + 1;
        }
        var byLine = Latin1Stripped(string.Join('\n', taken));
        var runOn = Latin1Stripped(string.Join(' ', taken));

        // The language tables load on first use, and stay: a first run loads every one the text needs.
        repairer.Repair(byLine);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        repairer.Repair(byLine);
        var seconds = watch.Elapsed.TotalSeconds;
        var lineByLine = PeakGrowth(() => repairer.Repair(byLine));
        var oneLine = PeakGrowth(() => repairer.Repair(runOn));
        var kb = Encoding.UTF8.GetByteCount(runOn) / 1024.0;
        return
        [
            new(Name, $"latin-1 damage ({kb:0} KB), one line: peak heap", oneLine / (1024.0 * 1024.0), "MB", lineByLine / (1024.0 * 1024.0), "the same, line by line"),
            new(Name, "latin-1 damage: throughput", kb / seconds, "KB/s"),
        ];
    }

    // UTF-8 read as ISO-8859-1 by a tool that then dropped the C1 controls (0x80-0x9F).
    private static string Latin1Stripped(string text)
    {
        var damaged = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is < 0x80 or > 0x9F)
            {
                damaged.Append((char)b);
            }
        }
        return damaged.ToString();
    }

    // How far the live managed heap grows above where it stood before the run, sampled while it runs (each sample
    // collects first: what is merely not yet collected says nothing of what repair holds).
    private static long PeakGrowth(Action run)
    {
        var before = GC.GetTotalMemory(true);
        var task = Task.Run(run);
        var peak = before;
        while (!task.Wait(SampleEvery))
        {
            peak = Math.Max(peak, GC.GetTotalMemory(true));
        }
        task.GetAwaiter().GetResult();
        return peak - before;
    }
}
