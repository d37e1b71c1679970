using System.Text;
using Reader.Core.Repair;
using Reader.Core.Tests.Repair;

namespace Reader.Benchmarks;

/// <summary>
/// Mojibake repair accuracy: every clean fixture beside the repair tests damaged each way the tests know, repaired and
/// scored character by character (mean and worst file per kind), clean round trips, and the article's Chinese source
/// against its hand-checked reading. Not a speed figure: the accuracy the notes report.
/// </summary>
public sealed class RepairAccuracyBenchmark : IBenchmark
{
    public string Name => "repair-accuracy";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var repairer = new MojibakeRepairer();
        var fixtures = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ContentDir))!, "tests", "Reader.Core.Tests", "Repair", "Fixtures");
        var files = Directory.GetFiles(fixtures, "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "003-reference.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f)))
            .Where(f => !options.Quick || f.Name is "zh" or "ru" or "es")
            .ToList();

        var results = new List<Measurement>
        {
            new(Name, $"clean fixtures unchanged (of {files.Count})", files.Count(f => repairer.Repair(f.Text).Text == f.Text), "files"),
        };
        foreach (var kind in Enum.GetValues<Corruption>())
        {
            var scores = files
                .Select(f => (f.Name, f.Text, Damaged: Corruptor.Corrupt(f.Text, kind)))
                .Where(f => f.Damaged != f.Text)
                .Select(f => (f.Name, Accuracy: RepairScore.Accuracy(f.Text, repairer.Repair(f.Damaged).Text)))
                .ToList();
            var worst = scores.MinBy(s => s.Accuracy);
            results.Add(new(Name, $"{kind}: mean", 100 * scores.Average(s => s.Accuracy), "%"));
            results.Add(new(Name, $"{kind}: worst ({worst.Name})", 100 * worst.Accuracy, "%"));
        }

        var source = Directory.GetFiles(Path.Combine(options.ContentDir, "sources"), "003_*").SingleOrDefault();
        if (source is not null)
        {
            var (text, report) = repairer.RepairWithReport(File.ReadAllText(source, RepairInput.StrictUtf8));
            var reference = File.ReadAllText(Path.Combine(fixtures, "003-reference.txt"), Encoding.UTF8);
            var wrong = RepairScore.EditDistance(reference, text);
            results.Add(new(Name, "003: characters rebuilt", report.CharactersRebuilt, "chars"));
            results.Add(new(Name, "003: as the hand-checked reading", 100.0 * (report.CharactersRebuilt - wrong) / report.CharactersRebuilt, "%"));
        }
        return results;
    }
}
