using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Reader.Site.Search;

/// <summary>Term analysis backed by Lucene analyzers, one per language, so the static index matches the search engine's.</summary>
public sealed class LuceneTermAnalysis : ITermAnalysis, IDisposable
{
    private readonly Func<string, Analyzer> _analyzerFor;
    private readonly Dictionary<string, Analyzer> _analyzers = new(StringComparer.Ordinal);

    /// <param name="analyzerFor">The analyzer the search engine uses for a language code.</param>
    public LuceneTermAnalysis(Func<string, Analyzer> analyzerFor)
    {
        _analyzerFor = analyzerFor;
    }

    /// <summary>Lucene's stock analyzers for the five languages (bigrams for CJK), standard analysis otherwise.</summary>
    public static LuceneTermAnalysis Stock() => new(lang => lang switch
    {
        "en" => new EnglishAnalyzer(LuceneVersion.LUCENE_48),
        "es" => new SpanishAnalyzer(LuceneVersion.LUCENE_48),
        "pt" => new PortugueseAnalyzer(LuceneVersion.LUCENE_48),
        "nl" => new DutchAnalyzer(LuceneVersion.LUCENE_48),
        "zh" or "ja" or "ko" => new CJKAnalyzer(LuceneVersion.LUCENE_48),
        _ => new StandardAnalyzer(LuceneVersion.LUCENE_48),
    });

    public IReadOnlyList<string> Terms(string text, string lang)
    {
        if (!_analyzers.TryGetValue(lang, out var analyzer))
        {
            analyzer = _analyzerFor(lang);
            _analyzers[lang] = analyzer;
        }

        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        foreach (var analyzer in _analyzers.Values)
        {
            analyzer.Dispose();
        }
        _analyzers.Clear();
    }
}
