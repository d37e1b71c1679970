using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Reader.Search.Languages;

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

    /// <summary>The search engine's own analyzer per language (stemming, stop words, CJK bigrams), as Reader.Search indexes with.</summary>
    public static LuceneTermAnalysis ForSearch() => new(lang => SearchLanguages.Get(lang).CreateAnalyzer());

    public IReadOnlyList<AnalysedTerm> Analyse(string text, string lang)
    {
        if (!_analyzers.TryGetValue(lang, out var analyzer))
        {
            analyzer = _analyzerFor(lang);
            _analyzers[lang] = analyzer;
        }

        var terms = new List<AnalysedTerm>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(new AnalysedTerm(term.ToString(), offset.StartOffset, offset.EndOffset));
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
