namespace Reader.Site.Pages;

/// <summary>The page static hosts show for a missing path (Netlify serves <c>404.html</c>).</summary>
public sealed class NotFoundPage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        yield return context.Page("404.html", "pages/not-found", "Not found", "en", "", "",
            new Dictionary<string, object?>());
    }
}
