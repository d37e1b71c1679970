using Reader.Search;

namespace Reader.Server.Searching;

/// <summary>Multilingual search over the loaded index; thread-safe, called by every <c>/api/search</c> request.</summary>
public interface ISearchService
{
    /// <summary>Searches for <paramref name="query"/>; throws <see cref="Reader.Core.ReaderInputException"/> for a request it cannot run.</summary>
    SearchResult Search(SearchQuery query);
}

/// <summary>One validated search request.</summary>
/// <param name="Text">The query text, non-empty.</param>
/// <param name="Top">How many results to return, at least 1.</param>
/// <param name="Lang">The query's language, or null to detect it.</param>
public sealed record SearchQuery(string Text, int Top, string? Lang);
