using System.Collections.Concurrent;
using Reader.Core;
using Reader.Core.Documents;
using Reader.Search;
using Reader.Server.Searching;

namespace Reader.Server.Tests.Support;

/// <summary>Finds units whose text contains the query (case-insensitive) and records every query it was given.</summary>
internal sealed class FakeSearchService(Corpus corpus) : ISearchService
{
    public ConcurrentQueue<SearchQuery> Queries { get; } = new();

    /// <summary>When set, every search throws it.</summary>
    public Exception? Failure { get; set; }

    public SearchResult Search(SearchQuery query)
    {
        Queries.Enqueue(query);
        if (Failure is not null)
        {
            throw Failure;
        }
        var hits = corpus.Units
            .Where(u => u.Text.Contains(query.Text, StringComparison.OrdinalIgnoreCase))
            .Take(query.Top)
            .Select(u => new SearchResultHit(u.Id, u.DocumentId, u.Lang, u.Section, "g-" + u.Section, 1.5, u.Text, $"\u00ab{u.Text}\u00bb"))
            .ToList();
        return new SearchResult(query.Text, query.Lang ?? "en", hits);
    }
}

/// <summary>A search service that rejects every query as bad input, as the engine does for an unknown language.</summary>
internal sealed class RejectingSearchService : ISearchService
{
    public SearchResult Search(SearchQuery query) => throw new ReaderInputException("the query cannot be searched");
}
