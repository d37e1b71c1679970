using System.Diagnostics;
using Reader.Council;
using Reader.Council.Evidence;
using Reader.Council.Text;
using Reader.Core.Alignment;
using Reader.Core.Ingestion;
using Reader.Search;

namespace Reader.Benchmarks;

/// <summary>
/// Offline <c>reader ask</c> latency once the council is built (corpus ingested and aligned, search index built, statistics computed),
/// against the same questions' evidence retrieval alone as baseline: the ratio is what the council
/// stages cost on top of finding the passages.
/// </summary>
public sealed class AskBenchmark : IBenchmark
{
    private static readonly string[] s_questions =
    [
        "What is RLVR and why did it become a new training stage?",
        "Why has Karpathy lost trust in benchmarks?",
        "\u00bfQu\u00e9 es el vibe coding?",
        "\u00bfPor qu\u00e9 Claude Code funciona en tu ordenador?",
        "O que \u00e9 o Gemini Nano Banana?",
        "Qual \u00e9 a conclus\u00e3o de Karpathy sobre 2025?",
        "\u4ec0\u4e48\u662f\u6c1b\u56f4\u7f16\u7801\uff1f",
        "Cursor \u63ed\u793a\u4e86\u4ec0\u4e48\u6837\u7684 LLM \u5e94\u7528\u5c42\uff1f",
        "Waarom is het vertrouwen in benchmarks afgenomen?",
        "What is the recipe for a Spanish paella?",
    ];

    public string Name => "ask";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var startup = Stopwatch.StartNew();
        var corpus = Ingestor.Ingest(options.ContentDir).Corpus;
        var groups = AlignedGroups.From(corpus, new Aligner().Align(corpus));
        using var index = SearchIndex.Open(corpus, groups, SearchIndexOptions.InMemory);
        var council = CouncilFactory.ForIndex(index).CreateOffline();
        startup.Stop();

        var evidence = new EvidenceBuilder(new SearchEvidenceRetriever(index), corpus, index.Groups);
        var rounds = options.Quick ? 3 : 30;

        // Warm-up: JIT, tokenizer and stemmer tables, so that only steady-state latency is measured.
        foreach (var question in s_questions)
        {
            council.Ask(question);
            evidence.Build(question, LanguageDetector.Detect(question));
        }

        var ask = new List<double>();
        var retrieval = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in s_questions)
            {
                var sw = Stopwatch.StartNew();
                evidence.Build(question, LanguageDetector.Detect(question));
                retrieval.Add(sw.Elapsed.TotalMilliseconds);

                sw.Restart();
                council.Ask(question);
                ask.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        const string baseline = "search + evidence only";
        return
        [
            new(Name, "start-up (ingest + align + index + council)", startup.Elapsed.TotalMilliseconds, "ms"),
            new(Name, $"offline ask p50 ({ask.Count} asks)", Percentile(ask, 0.50), "ms", Percentile(retrieval, 0.50), baseline),
            new(Name, $"offline ask p99 ({ask.Count} asks)", Percentile(ask, 0.99), "ms", Percentile(retrieval, 0.99), baseline),
        ];
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
