namespace Reader.Search;

/// <summary>The JSON of <c>reader search --json</c> and <c>/api/search</c>: the query, its language and the hits, best first.</summary>
public sealed record SearchResult(string Query, string Lang, IReadOnlyList<SearchResultHit> Hits)
{
    /// <summary>The one mapping from an engine response to the contract: scores to four places, snippets as HTML with <c>&lt;mark&gt;</c>.</summary>
    public static SearchResult From(SearchResponse response) => new(
        response.Query,
        response.Lang,
        response.Hits.Select(h => new SearchResultHit(
            h.Unit.Id, h.Unit.DocumentId, h.Unit.Lang, h.Unit.Section, h.Group,
            Math.Round(h.Score, 4), h.Unit.Text, h.Snippet.ToHtml())).ToList());
}

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
