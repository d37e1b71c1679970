using Reader.Core.Documents;

namespace Reader.Council.Text;

/// <summary>
/// Every unit of a corpus analysed once into terms, with per-language document frequencies: the
/// statistics behind lexical scoring (BM25) and question coverage.
/// </summary>
public sealed class CorpusTerms
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, Dictionary<string, int>> _termCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lengths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unitsPerLang = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _averageLength = new(StringComparer.Ordinal);
    private readonly int _units;

    public CorpusTerms(Corpus corpus)
    {
        Corpus = corpus;
        Names = new CorpusNames(corpus.Units.Select(u => u.Text));
        foreach (var unit in corpus.Units)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var terms = TermAnalyzer.Analyze(unit.Text, unit.Lang);
            foreach (var term in terms)
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
            _termCounts[unit.Id] = counts;
            _units++;
            _lengths[unit.Id] = terms.Count;
            _unitsPerLang[unit.Lang] = _unitsPerLang.GetValueOrDefault(unit.Lang) + 1;
            if (!_documentFrequency.TryGetValue(unit.Lang, out var df))
            {
                df = new Dictionary<string, int>(StringComparer.Ordinal);
                _documentFrequency[unit.Lang] = df;
            }
            foreach (var term in counts.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }
        foreach (var group in corpus.Units.GroupBy(u => u.Lang))
        {
            _averageLength[group.Key] = Math.Max(1, group.Average(u => _lengths[u.Id]));
        }
    }

    public Corpus Corpus { get; }

    /// <summary>The names the corpus mentions, for telling what a question is about from what it asks.</summary>
    public CorpusNames Names { get; }

    /// <summary>The languages that have at least one unit.</summary>
    public IEnumerable<string> Langs => _unitsPerLang.Keys;

    /// <summary>
    /// How rare <paramref name="term"/> is across all units of every language; a term no unit has gets
    /// the highest value. Counting across languages keeps names and acronyms (Karpathy, RLVR) common
    /// even in the version that, being the author's own, rarely names him.
    /// </summary>
    public double Idf(string term)
    {
        var df = _documentFrequency.Values.Sum(counts => counts.GetValueOrDefault(term));
        return Math.Log(1 + (_units + 1) / (df + 0.5));
    }

    public bool Contains(string unitId, string term) => _termCounts.TryGetValue(unitId, out var counts) && counts.ContainsKey(term);

    /// <summary>BM25 relevance of <paramref name="unit"/> to query terms analysed in the unit's language.</summary>
    public double Bm25(IReadOnlyCollection<string> queryTerms, Unit unit)
    {
        if (!_termCounts.TryGetValue(unit.Id, out var counts))
        {
            return 0;
        }
        var norm = K1 * (1 - B + B * _lengths[unit.Id] / _averageLength[unit.Lang]);
        var score = 0.0;
        foreach (var term in queryTerms.Distinct())
        {
            if (counts.TryGetValue(term, out var tf))
            {
                score += Idf(term) * tf * (K1 + 1) / (tf + norm);
            }
        }
        return score;
    }
}
