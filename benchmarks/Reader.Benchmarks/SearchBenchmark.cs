using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Search;
using Reader.Search.Grouping;

namespace Reader.Benchmarks;

/// <summary>
/// Index build time and query latency of <see cref="SearchIndex"/>, against plain Lucene baselines
/// timed in the same run: one StandardAnalyzer field in memory, searched with one TermQuery per query
/// and with the query's words OR-ed (no language analysis, grouping, snippets or sanitising).
/// The index is the real configuration: the corpus with the aligner's groups, so each query returns
/// its groups' units in every language, each with a snippet.
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    // Questions in all five languages, cycled to the query count; the first word of each is the baseline's TermQuery.
    private static readonly string[] s_queries =
    [
        "What is reinforcement learning from verifiable rewards?",
        "ghosts animals jagged intelligence",
        "Claude Code local agent on your computer",
        "vibe coding",
        "\u00BFQu\u00E9 es el vibe coding?",
        "\u00BFPor qu\u00E9 perdi\u00F3 la confianza en los benchmarks?",
        "O que o Cursor revelou sobre os aplicativos LLM?",
        "Como o Claude Code funciona no computador do usu\u00E1rio?",
        "Wat is RLVR en waarom is het belangrijk?",
        "Hoe werkt de LLM Council?",
        "\u4EC0\u4E48\u662F\u6C1B\u56F4\u7F16\u7A0B\uFF1F",                 // 什么是氛围编程？
        "Nano Banana \u9884\u793A\u4E86\u4EC0\u4E48\u6837\u7684\u56FE\u5F62\u754C\u9762", // Nano Banana 预示了什么样的图形界面
        "\"vibe coding",
        "RLVR",
    ];

    public string Name => "search";

    public IReadOnlyList<Measurement> Run(BenchmarkOptions options)
    {
        var corpus = Ingestor.Ingest(options.ContentDir).Corpus;
        var alignment = UnitGroups.From(corpus, new Aligner().Align(corpus));
        var builds = options.Quick ? 3 : 7;
        var queryCount = options.Quick ? 200 : 1000;
        var root = Path.Combine(Path.GetTempPath(), "reader-search-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var results = new List<Measurement>();

            var baselineBuild = Median(builds, () => BuildBaseline(corpus).Dispose());
            var build = Median(builds, () =>
            {
                System.IO.Directory.CreateDirectory(root);
                System.IO.Directory.Delete(root, recursive: true);
                using var index = SearchIndex.Open(corpus, alignment, new SearchIndexOptions { Folder = root });
            });
            results.Add(new Measurement(Name, $"index build, {corpus.Units.Count()} units, on disk (median of {builds})", build, "ms", baselineBuild, "plain StandardAnalyzer index in memory"));

            var reopen = Median(builds, () => SearchIndex.Open(corpus, alignment, new SearchIndexOptions { Folder = root }).Dispose());
            results.Add(new Measurement(Name, "open existing index (hash + integrity check)", reopen, "ms", build, "full build"));

            using var searchIndex = SearchIndex.Open(corpus, alignment, new SearchIndexOptions { Folder = root });
            using var baseline = BuildBaseline(corpus);
            var baselineSearcher = new IndexSearcher(DirectoryReader.Open(baseline));
            var baselineTerms = s_queries.Select(q => new Term("text", FirstWord(q))).ToArray();
            using var standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
            var parser = new Lucene.Net.QueryParsers.Classic.QueryParser(LuceneVersion.LUCENE_48, "text", standard);
            var baselineBooleans = s_queries
                .Select(q => parser.Parse(Lucene.Net.QueryParsers.Classic.QueryParser.Escape(q)))
                .ToArray();

            var hits = 0;
            var (ours, oursCpu) = Latencies(queryCount, i => hits += searchIndex.Search(s_queries[i % s_queries.Length]).Hits.Count);
            var (plain, _) = Latencies(queryCount, i => hits += baselineSearcher.Search(new TermQuery(baselineTerms[i % baselineTerms.Length]), 10).TotalHits);
            var (boolean, booleanCpu) = Latencies(queryCount, i => hits += baselineSearcher.Search(baselineBooleans[i % baselineBooleans.Length], 10).TotalHits);
            results.Add(new Measurement(Name, $"query p50 ({queryCount} queries)", Percentile(ours, 0.50), "ms", Percentile(plain, 0.50), "plain TermQuery p50"));
            results.Add(new Measurement(Name, $"query p99 ({queryCount} queries)", Percentile(ours, 0.99), "ms", Percentile(plain, 0.99), "plain TermQuery p99"));
            results.Add(new Measurement(Name, $"query p50 vs one-field OR query", Percentile(ours, 0.50), "ms", Percentile(boolean, 0.50), "StandardAnalyzer OR-query p50"));
            results.Add(new Measurement(Name, $"query p99 vs one-field OR query", Percentile(ours, 0.99), "ms", Percentile(boolean, 0.99), "StandardAnalyzer OR-query p99"));
            results.Add(new Measurement(Name, "CPU time per query (mean; robust to a busy machine)", oursCpu, "ms", booleanCpu, "StandardAnalyzer OR-query CPU"));
            results.Add(new Measurement(Name, "queries per second (one thread)", 1000.0 / ours.Average(), "q/s", 1000.0 / plain.Average(), "plain TermQuery"));
            GC.KeepAlive(hits);
            return results;
        }
        finally
        {
            if (System.IO.Directory.Exists(root))
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
        }
    }

    private static RAMDirectory BuildBaseline(Corpus corpus)
    {
        var directory = new RAMDirectory();
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        foreach (var unit in corpus.Units)
        {
            writer.AddDocument([new StringField("unit", unit.Id, Field.Store.YES), new TextField("text", unit.Text, Field.Store.NO)]);
        }
        writer.Commit();
        return directory;
    }

    private static string FirstWord(string query) =>
        new string(query.SkipWhile(c => !char.IsLetter(c)).TakeWhile(char.IsLetter).ToArray()).ToLowerInvariant();

    /// <summary>Median wall time of <paramref name="runs"/> runs after one warm-up, in milliseconds.</summary>
    private static double Median(int runs, Action action)
    {
        action();
        var times = Enumerable.Range(0, runs).Select(_ =>
        {
            var sw = Stopwatch.StartNew();
            action();
            return sw.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return times[times.Count / 2];
    }

    /// <summary>
    /// Per-call wall latencies in milliseconds, and the process CPU time per call (which other processes
    /// on a shared machine do not inflate), after a warm-up of half as many calls so tiered JIT has settled.
    /// </summary>
    private static (double[] Latencies, double CpuPerCall) Latencies(int count, Action<int> call)
    {
        for (var i = 0; i < count / 2; i++)
        {
            call(i);
        }
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var latencies = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call(i);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        process.Refresh();
        return (latencies, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / count);
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
