using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Reader.Search.Languages;

/// <summary>The languages of one corpus with one shared analyzer each; analyzers are thread-safe, so one set serves every query.</summary>
public sealed class LanguageSet : IDisposable
{
    private readonly Dictionary<string, (SearchLanguage Language, Analyzer Analyzer)> _byCode;

    /// <summary>Profiles for <paramref name="codes"/> (duplicates ignored), in the article's usual order, then the rest.</summary>
    public LanguageSet(IEnumerable<string> codes)
    {
        var ordered = codes.Distinct(StringComparer.Ordinal)
            .OrderBy(SearchLanguages.OrderOf)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
        Languages = ordered.Select(SearchLanguages.Get).ToList();
        _byCode = Languages.ToDictionary(l => l.Code, l => (l, l.CreateAnalyzer()), StringComparer.Ordinal);
        FieldAnalyzer = new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            _byCode.Values
                .SelectMany(v => new[] { (v.Language.Field, v.Analyzer), (v.Language.HeadingField, v.Analyzer) })
                .ToDictionary(p => p.Item1, p => p.Item2));
        Detector = new LanguageDetector(Languages);
    }

    /// <summary>The languages, in order.</summary>
    public IReadOnlyList<SearchLanguage> Languages { get; }

    /// <summary>Routes each language field to its analyzer (for the index writer).</summary>
    public Analyzer FieldAnalyzer { get; }

    /// <summary>Guesses a query's language among these.</summary>
    public LanguageDetector Detector { get; }

    /// <summary>True when <paramref name="code"/> is one of these languages.</summary>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    public SearchLanguage Get(string code) => _byCode[code].Language;

    public Analyzer AnalyzerFor(string code) => _byCode[code].Analyzer;

    public void Dispose()
    {
        // The wrapper does not own the per-field analyzers: dispose them one by one.
        FieldAnalyzer.Dispose();
        foreach (var (_, analyzer) in _byCode.Values)
        {
            analyzer.Dispose();
        }
    }
}
