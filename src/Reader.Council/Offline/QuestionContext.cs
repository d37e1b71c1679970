using Reader.Council.Evidence;
using Reader.Council.Text;
using Reader.Core.Documents;

namespace Reader.Council.Offline;

/// <summary>
/// One question's evidence with everything the offline members, reviewers and chair measure on it:
/// per-unit relevance, per-group relevance and how much of the question a group covers.
/// </summary>
internal sealed class QuestionContext
{
    private readonly CorpusTerms _terms;
    private readonly Dictionary<string, List<string>> _queryByLang = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _relevance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _coverage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _answerability = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IReadOnlyList<EvidencePassage>>> _versions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameTerms;
    private readonly double _nameWeight;
    private readonly Dictionary<string, string> _bestSentence = new(StringComparer.Ordinal);

    /// <param name="nameWeight">How much of its rarity a name in the question weighs in <see cref="Answerability"/>.</param>
    public QuestionContext(EvidenceSet evidence, CorpusTerms terms, double nameWeight)
    {
        Evidence = evidence;
        _terms = terms;
        _nameWeight = nameWeight;
        UnknownNames = terms.Names.Unknown(evidence.Question);
        _nameTerms = terms.Names.In(evidence.Question).SelectMany(name => TermAnalyzer.Analyze(name, Lang)).ToHashSet(StringComparer.Ordinal);
        Groups = evidence.Passages
            .GroupBy(p => p.GroupId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EvidencePassage>)g.ToList(), StringComparer.Ordinal);
        GroupOrder = evidence.Passages.Select(p => p.GroupId).Distinct(StringComparer.Ordinal).ToList();

        // Relevance blends our own BM25 with the retriever's score, each scaled to the best unit in any
        // language: a language whose versions match only the question's weakest word stays low
        // instead of being lifted to 1 by its own best.
        var own = evidence.Passages.ToDictionary(p => p.Unit.Id, p => _terms.Bm25(Query(p.Unit.Lang), p.Unit), StringComparer.Ordinal);
        var maxOwn = own.Values.DefaultIfEmpty(0).Max();
        var maxRetrieved = evidence.Passages.Select(p => p.Score).DefaultIfEmpty(0).Max();
        foreach (var passage in evidence.Passages)
        {
            var ownPart = maxOwn > 0 ? own[passage.Unit.Id] / maxOwn : 0;
            var retrievedPart = maxRetrieved > 0 ? passage.Score / maxRetrieved : 0;
            _relevance[passage.Unit.Id] = (ownPart + retrievedPart) / 2;
        }
    }

    public EvidenceSet Evidence { get; }

    /// <summary>Names in the question that no unit mentions: the question is about something the article is not.</summary>
    public IReadOnlyList<string> UnknownNames { get; }

    public string Lang => Evidence.Lang;

    /// <summary>Evidence passages by alignment group.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EvidencePassage>> Groups { get; }

    /// <summary>Groups in evidence order (best retrieved first); used to break ties deterministically.</summary>
    public IReadOnlyList<string> GroupOrder { get; }

    /// <summary>The question analysed as if written in <paramref name="lang"/> (for units in that language).</summary>
    public List<string> Query(string lang)
    {
        if (!_queryByLang.TryGetValue(lang, out var query))
        {
            query = TermAnalyzer.Analyze(Evidence.Question, lang);
            _queryByLang[lang] = query;
        }
        return query;
    }

    /// <summary>0..1: how well a unit matches the question, relative to the best unit of the evidence.</summary>
    public double Relevance(string unitId) => _relevance.GetValueOrDefault(unitId);

    /// <summary>The best relevance among the versions of a passage: a passage matters if any version matches.</summary>
    public double GroupRelevance(string groupId) => Groups[groupId].Max(p => Relevance(p.Unit.Id));

    /// <summary>
    /// Squared relevance summed over languages (each language's best version): a passage that matches
    /// well in several languages at once is agreed on. Counting languages, not units, keeps big groups
    /// from winning by size alone, and squaring keeps many weak matches (a common word that every
    /// version has) from outweighing one strong one.
    /// </summary>
    public double GroupConsensus(string groupId) =>
        Groups[groupId].GroupBy(p => p.Unit.Lang).Sum(byLang => Math.Pow(byLang.Max(p => Relevance(p.Unit.Id)), 2));

    /// <summary>
    /// 0..1: the share of the question's content (weighted by rarity) found in the best single version
    /// of the passage; it ranks passages.
    /// </summary>
    public double Coverage(string groupId) => Versions(groupId).Max(v => VersionCoverage(v, _coverage, 1));

    /// <summary>
    /// 0..1: coverage with the question's names counting only part of their rarity. A
    /// passage that shares only the names (Claude Code) does not answer what is asked of them (its price);
    /// low answerability means the evidence is about other things, and the council declines.
    /// </summary>
    public double Answerability(string groupId) => Versions(groupId).Max(v => VersionCoverage(v, _answerability, _nameWeight));

    // A version may say one thing in several units that follow each other (ingestion cuts a paragraph where its
    // sentences follow different paragraphs of the original); within a group such a run is read as one.
    private List<IReadOnlyList<EvidencePassage>> Versions(string groupId)
    {
        if (_versions.TryGetValue(groupId, out var known))
        {
            return known;
        }
        var versions = new List<IReadOnlyList<EvidencePassage>>();
        foreach (var version in Groups[groupId].GroupBy(p => p.Unit.DocumentId, StringComparer.Ordinal))
        {
            var run = new List<EvidencePassage>();
            foreach (var passage in version.OrderBy(p => p.Unit.Ordinal))
            {
                if (run.Count > 0 && passage.Unit.Ordinal != run[^1].Unit.Ordinal + 1)
                {
                    versions.Add(run);
                    run = [];
                }
                run.Add(passage);
            }
            versions.Add(run);
        }
        _versions[groupId] = versions;
        return versions;
    }

    private double VersionCoverage(IReadOnlyList<EvidencePassage> version, Dictionary<string, double> cache, double nameWeight)
    {
        var key = string.Join(' ', version.Select(p => p.Unit.Id));
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var text = string.Join('\n', version.Select(p => p.Unit.Text));
        var total = 0.0;
        var covered = 0.0;
        foreach (var term in Query(Lang).Where(t => !TermAnalyzer.IsCjk(t[0])).Distinct())
        {
            var weight = _terms.Idf(term) * (_nameTerms.Contains(term) ? nameWeight : 1);
            total += weight;
            if (version.Any(p => _terms.Contains(p.Unit.Id, term)))
            {
                covered += weight;
            }
        }
        foreach (var run in TermAnalyzer.ChineseRuns(Evidence.Question))
        {
            (var runTotal, var runCovered) = ChineseCoverage(run, text);
            total += runTotal;
            covered += runCovered;
        }
        var coverage = total > 0 ? covered / total : 0;
        cache[key] = coverage;
        return coverage;
    }

    // A Chinese run is matched bigram by bigram; a bigram that spans the boundary between two matched
    // words ("...价|基...") is not a word at all, so it counts as matched when both neighbours are.
    private (double Total, double Covered) ChineseCoverage(string run, string text)
    {
        bool Found(string s) => text.Contains(s, StringComparison.Ordinal);
        if (run.Length == 1)
        {
            var weight = _terms.Idf(run);
            return (weight, Found(run) ? weight : 0);
        }
        var bigrams = Enumerable.Range(0, run.Length - 1).Select(i => run.Substring(i, 2)).ToList();
        var found = bigrams.Select(Found).ToList();
        var total = 0.0;
        var covered = 0.0;
        for (var i = 0; i < bigrams.Count; i++)
        {
            var weight = _terms.Idf(bigrams[i]);
            total += weight;
            var bridged = i > 0 && i + 1 < bigrams.Count && found[i - 1] && found[i + 1];
            if (found[i] || bridged)
            {
                covered += weight;
            }
        }
        return (total, covered);
    }

    /// <summary>The version of a passage to quote: in the question's language if there is one, the most relevant and covering.</summary>
    public EvidencePassage Representative(string groupId) =>
        Groups[groupId]
            .OrderBy(p => p.Unit.Lang == Lang ? 0 : 1)
            .ThenByDescending(p => Relevance(p.Unit.Id) + VersionCoverage([p], _coverage, 1))
            .ThenBy(p => p.Unit.Id, StringComparer.Ordinal)
            .First();

    /// <summary>The sentence of <paramref name="unit"/> that shares the most (rarity-weighted) question terms; its first sentence if none does.</summary>
    public string BestSentence(Unit unit)
    {
        if (!_bestSentence.TryGetValue(unit.Id, out var best))
        {
            best = FindBestSentence(unit);
            _bestSentence[unit.Id] = best;
        }
        return best;
    }

    private string FindBestSentence(Unit unit)
    {
        var sentences = Sentences.Split(unit.Text, unit.Lang);
        if (sentences.Count == 0)
        {
            return unit.Text;
        }
        var query = Query(unit.Lang).Distinct().ToList();
        var best = sentences[0];
        var bestScore = 0.0;
        foreach (var sentence in sentences)
        {
            var terms = TermAnalyzer.Analyze(sentence, unit.Lang).ToHashSet(StringComparer.Ordinal);
            var score = query.Where(terms.Contains).Sum(t => _terms.Idf(t));
            if (score > bestScore)
            {
                best = sentence;
                bestScore = score;
            }
        }
        return best;
    }
}
