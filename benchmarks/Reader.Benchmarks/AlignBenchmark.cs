using System.Diagnostics;
using Reader.Core.Alignment;
using Reader.Core.Ingestion;

namespace Reader.Benchmarks;

/// <summary>Time to align the whole corpus, against the time to ingest it in the same run.</summary>
public sealed class AlignBenchmark : IBenchmark
{
    public string Name => "align";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var runs = options.Quick ? 3 : 10;

        // The first call pays once per process for lexicons, the tokenizer and JIT.
        var sw = Stopwatch.StartNew();
        var corpus = Ingestor.Ingest(options.ContentDir).Corpus;
        var firstIngest = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var result = new Aligner().Align(corpus);
        var firstAlign = sw.Elapsed.TotalMilliseconds;

        var ingest = Median(runs, () => Ingestor.Ingest(options.ContentDir));
        var align = Median(runs, () => new Aligner().Align(corpus));
        var pivotGroups = result.Groups.Count(g => g.UnitIds.Any(id => corpus.GetUnit(id).DocumentId == "en"));
        return
        [
            new Measurement(Name, "align whole corpus (warm, median)", align, "ms", ingest, "ingest (warm, median)"),
            new Measurement(Name, "first align in process (lexicons, tokenizer)", firstAlign, "ms", firstIngest, "first ingest"),
            new Measurement(Name, "units", corpus.Units.Count(), "units"),
            new Measurement(Name, "groups", result.Groups.Count, "groups"),
            new Measurement(Name, "groups holding original paragraphs", pivotGroups, "groups"),
        ];
    }

    private static double Median(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
