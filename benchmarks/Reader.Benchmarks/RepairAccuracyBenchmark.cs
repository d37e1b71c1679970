using System.Text;
using Reader.Core.Repair;
using Reader.Core.Tests.Repair;

namespace Reader.Benchmarks;

/// <summary>
/// Mojibake repair accuracy: every clean fixture beside the repair tests damaged each way the tests know, whole, in
/// every other paragraph and in every other sentence of each line, repaired and scored character by character (mean and
/// worst file per kind, and the clean paragraphs a partly damaged text lost), clean round trips, and the article's Chinese source against its
/// hand-checked reading. Not a speed figure: the accuracy the notes report.
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

            var partly = files
                .Where(f => f.Text.Contains("\n\n"))
                .Select(f => (f.Name, Score: PartlyDamaged(repairer, f.Text, kind)))
                .Where(f => f.Score is not null)
                .Select(f => (f.Name, f.Score!.Value.Accuracy, f.Score.Value.CleanChanged))
                .ToList();
            var worstPartly = partly.MinBy(s => s.Accuracy);
            results.Add(new(Name, $"{kind}, every other paragraph: mean", 100 * partly.Average(s => s.Accuracy), "%"));
            results.Add(new(Name, $"{kind}, every other paragraph: worst ({worstPartly.Name})", 100 * worstPartly.Accuracy, "%"));
            results.Add(new(Name, $"{kind}, every other paragraph: clean paragraphs changed", partly.Sum(s => s.CleanChanged), "paragraphs"));

            var withinLines = files
                .Select(f => (f.Name, Accuracy: DamagedWithinLines(repairer, f.Text, kind)))
                .Where(f => f.Accuracy is not null)
                .Select(f => (f.Name, Accuracy: f.Accuracy!.Value))
                .ToList();
            var worstWithin = withinLines.MinBy(s => s.Accuracy);
            results.Add(new(Name, $"{kind}, every other sentence: mean", 100 * withinLines.Average(s => s.Accuracy), "%"));
            results.Add(new(Name, $"{kind}, every other sentence: worst ({worstWithin.Name})", 100 * worstWithin.Accuracy, "%"));
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

    // A text damaged within its lines: every other sentence misread, beside clean ones. Accuracy over the characters beyond
    // ASCII of the damaged sentences, the edit distance taken over the whole text (a clean sentence changed counts too);
    // null where the damage leaves the text as it was.
    private static double? DamagedWithinLines(MojibakeRepairer repairer, string text, Corruption kind)
    {
        var damaged = Corruptor.CorruptSomeSentences(text, kind);
        if (damaged == text)
        {
            return null;
        }
        var characters = Corruptor.SomeSentences(text).Sum(s => s.EnumerateRunes().Count(r => r.Value >= 0x80));
        return Math.Max(0, 1 - (double)RepairScore.EditDistance(text, repairer.Repair(damaged).Text) / characters);
    }

    // A text damaged in places: every other paragraph misread. Accuracy over the damaged paragraphs, and how many of the
    // clean ones the repair changed; null where the damage leaves the text as it was.
    private static (double Accuracy, int CleanChanged)? PartlyDamaged(MojibakeRepairer repairer, string text, Corruption kind)
    {
        var damaged = Corruptor.CorruptSomeParagraphs(text, kind);
        if (damaged == text)
        {
            return null;
        }
        var original = text.Split("\n\n");
        var repaired = repairer.Repair(damaged).Text.Split("\n\n");
        if (repaired.Length != original.Length)
        {
            return (0, original.Length / 2);
        }
        var even = Enumerable.Range(0, original.Length).Where(i => i % 2 == 0).ToList();
        var odd = Enumerable.Range(0, original.Length).Where(i => i % 2 == 1).ToList();
        var accuracy = RepairScore.Accuracy(string.Join("\n\n", even.Select(i => original[i])), string.Join("\n\n", even.Select(i => repaired[i])));
        return (accuracy, odd.Count(i => repaired[i] != original[i]));
    }
}
