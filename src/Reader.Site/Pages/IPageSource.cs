using Reader.Site.Pipeline;

namespace Reader.Site.Pages;

/// <summary>Produces the page documents of one kind (home, shifts, reader, …) from the site model.</summary>
public interface IPageSource
{
    IEnumerable<SiteDocument> Pages(PageContext context);
}

/// <summary>What page sources build from: lookups, shared views, the theme's Markdown, and the site-wide values.</summary>
public sealed record PageContext(SiteContext Site, ViewFactory Views, SiteView SiteView)
{
    /// <summary>
    /// A page: Markdown prose from the theme's <c>content/{content}.md</c> (rendered by the Markdown module),
    /// the page template, and its values.
    /// </summary>
    public SiteDocument Page(string destination, string template, string title, string lang, string nav, string content,
        IReadOnlyDictionary<string, object?> values, params string[] scripts)
    {
        var metadata = new Dictionary<string, object?>(values, StringComparer.Ordinal)
        {
            ["template"] = template,
            ["title"] = title,
            ["lang"] = lang,
            ["nav"] = nav,
            ["site"] = SiteView,
            ["scripts"] = scripts,
        };
        var markdown = content.Length == 0 ? "" : Site.Theme.Content(content);
        return new SiteDocument(destination, markdown, MediaTypes.Markdown) { Metadata = metadata };
    }
}
