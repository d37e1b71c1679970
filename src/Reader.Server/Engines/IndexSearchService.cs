using Reader.Search;
using Reader.Server.Searching;

namespace Reader.Server.Engines;

/// <summary>
/// <see cref="ISearchService"/> over the one shared <see cref="SearchIndex"/> (its searcher manager
/// hands each request a searcher), shaped exactly as <c>reader search --json</c>: scores to four
/// places, snippets as HTML with matches in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed class IndexSearchService(SearchIndex index) : ISearchService, IDisposable
{
    public SearchResult Search(SearchQuery query) =>
        SearchResult.From(index.Search(query.Text, new SearchRequest(Top: query.Top, Lang: query.Lang)));

    public void Dispose() => index.Dispose();
}
