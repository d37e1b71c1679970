using Reader.Search;

namespace Reader.Council.Evidence;

/// <summary>Evidence from the Lucene search index: the units that matched the question themselves, in the index's ranking.</summary>
public sealed class SearchEvidenceRetriever(SearchIndex index) : IEvidenceRetriever
{
    public IReadOnlyList<EvidenceHit> Retrieve(string question, string lang, int limit) =>
        index.Search(question, new SearchRequest(Top: limit, Lang: lang))
            .Hits
            .Where(hit => hit.Matched)
            .Select(hit => new EvidenceHit(hit.Unit, hit.Score))
            .Take(limit)
            .ToList();
}
