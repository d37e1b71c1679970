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

/// <summary>The JSON of <c>reader search --json</c>: the query, its language and the hits, best first.</summary>
public sealed record SearchResult(string Query, string Lang, IReadOnlyList<SearchResultHit> Hits);

/// <summary>One unit in the results, with the excerpt that shows why it matched.</summary>
public sealed record SearchResultHit(
    string Unit,
    string Doc,
    string Lang,
    string Section,
    string Group,
    double Score,
    string Text,
    string Snippet);
