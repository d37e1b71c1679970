namespace Reader.Site.Pages;

/// <summary>Search across all versions, statically from the exported index (or the live API under <c>reader serve</c>).</summary>
public sealed class SearchPage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        string[] scripts = context.SiteView.HasSearch
            ? ["assets/mode.js", Modules.SearchData.Destination, "assets/search.js"]
            : ["assets/mode.js", "assets/search.js"];
        yield return context.Page("search.html", "pages/search", "Search", "en", "search", "search",
            new Dictionary<string, object?>(), scripts);
    }
}
