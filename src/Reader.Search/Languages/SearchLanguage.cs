using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Reader.Search.Languages;

/// <summary>Everything search knows about one language: its index field, its analyzer, query clean-up and detection evidence.</summary>
public abstract class SearchLanguage
{
    /// <summary>The Lucene version every analyzer is pinned to, so a stored index and a new query agree.</summary>
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Lazy<CharArraySet> _stopSet;
    private readonly Lazy<FrozenSet<string>> _detectionWords;

    protected SearchLanguage(string code)
    {
        Code = code;
        Field = "text_" + code;
        HeadingField = "heading_" + code;
        _stopSet = new Lazy<CharArraySet>(BuildStopSet);
        _detectionWords = new Lazy<FrozenSet<string>>(
            () => BuildDetectionWords().ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>ISO 639-1 code (<c>en</c>, <c>zh</c>, …).</summary>
    public string Code { get; }

    /// <summary>The index field that holds this language's text.</summary>
    public string Field { get; }

    /// <summary>The index field that holds the heading a unit stands under, analysed like <see cref="Field"/>.</summary>
    public string HeadingField { get; }

    /// <summary>Lower-cased function words counted as evidence when detecting a query's language.</summary>
    public IReadOnlySet<string> DetectionWords => _detectionWords.Value;

    /// <summary>The stop set this language's analyzer removes (built once; read-only, so shareable).</summary>
    protected CharArraySet StopSet => _stopSet.Value;

    /// <summary>A new analyzer for this language's field (callers own and dispose it).</summary>
    public abstract Analyzer CreateAnalyzer();

    /// <summary>Query-only clean-up before analysis; the index side never sees it.</summary>
    public virtual string PrepareQuery(string query) => query;

    /// <summary>How strongly <paramref name="text"/> looks like this language; 0 is no evidence.</summary>
    /// <param name="text">The sanitised query.</param>
    /// <param name="words">Its lower-cased words; <paramref name="sharedBy"/> says how many languages list each as a function word.</param>
    /// <param name="sharedBy">Function-word owners per word, so a word common to several languages counts for each only in part.</param>
    public virtual double Evidence(string text, IReadOnlyList<string> words, Func<string, int> sharedBy)
    {
        var score = 0.0;
        foreach (var word in words)
        {
            if (DetectionWords.Contains(word))
            {
                score += 1.0 / sharedBy(word);
            }
        }
        foreach (var c in text)
        {
            if (DistinctiveLetters.Contains(char.ToLowerInvariant(c)))
            {
                score += 0.75;
            }
        }
        foreach (var word in words)
        {
            foreach (var spelling in TypicalSpellings)
            {
                var matches = spelling.EndsWith('$')
                    ? word.Length > spelling.Length + 1 && word.EndsWith(spelling[..^1], StringComparison.Ordinal)
                    : word.Contains(spelling, StringComparison.Ordinal);
                if (matches)
                {
                    score += 0.3;
                }
            }
        }
        return score;
    }

    /// <summary>Letters that mark this language among the Latin-script ones (e.g. Spanish <c>ñ</c>).</summary>
    protected virtual string DistinctiveLetters => "";

    /// <summary>Letter groups frequent in this language's spelling and rarer in the others' (weak evidence, counted per word); a trailing <c>$</c> means "at the end of a word".</summary>
    protected virtual IReadOnlyList<string> TypicalSpellings => [];

    /// <summary>Builds the stop set this language's analyzer removes.</summary>
    protected abstract CharArraySet BuildStopSet();

    /// <summary>The function words that count as evidence for this language: by default its stop words.</summary>
    protected virtual IEnumerable<string> BuildDetectionWords() => StopSet.Select(o => o.ToString()!);

    /// <summary>Loads one of the Snowball stop lists that ship inside Lucene.Net.Analysis.Common.</summary>
    protected static CharArraySet SnowballStopSet(string resource, params string[] extra)
    {
        using var reader = IOUtils.GetDecodingReader(
            typeof(Lucene.Net.Analysis.Snowball.SnowballFilter), resource, Encoding.UTF8);
        var set = WordlistLoader.GetSnowballWordSet(reader, Version);
        return WithExtra(set, extra);
    }

    /// <summary>A copy of <paramref name="set"/> with <paramref name="extra"/> words added.</summary>
    protected static CharArraySet WithExtra(CharArraySet set, params string[] extra)
    {
        var copy = new CharArraySet(Version, set, ignoreCase: true);
        foreach (var word in extra)
        {
            copy.Add(word.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture));
        }
        return copy.AsReadOnly();
    }
}
