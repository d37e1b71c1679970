using Reader.Council.Text;

namespace Reader.Council.Evidence;

/// <summary>
/// BM25 over every unit, the question analysed separately for each language; names, acronyms and
/// numbers shared across languages let it reach other versions too.
/// </summary>
public sealed class LexicalRetriever(CorpusTerms terms) : IEvidenceRetriever
{
    public IReadOnlyList<EvidenceHit> Retrieve(string question, string lang, int limit)
    {
        var queryByLang = terms.Langs.ToDictionary(l => l, l => TermAnalyzer.Analyze(question, l));
        return terms.Corpus.Units
            .Select(unit => new EvidenceHit(unit, terms.Bm25(queryByLang[unit.Lang], unit)))
            .Where(hit => hit.Score > 0)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Unit.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
