using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>
/// Renders each HTML fragment through its page template (metadata <c>template</c>) and then the layout
/// (metadata <c>layout</c>, default <c>layouts/default</c>), giving templates the page's values and
/// <c>root</c>, the relative path back to the site root (links work from file:// and any sub-path).
/// </summary>
public sealed class ApplyTemplates : IModule
{
    public const string Template = "template";
    public const string Layout = "layout";

    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context) => inputs
        .Select(d => d.MediaType == MediaTypes.HtmlFragment ? Apply(d, context) : d)
        .ToList();

    private static SiteDocument Apply(SiteDocument document, SiteContext context)
    {
        var values = new Dictionary<string, object?>(document.Metadata, StringComparer.Ordinal)
        {
            ["content"] = document.Content,
            ["root"] = RootOf(document.Destination),
            ["path"] = document.Destination,
        };
        var template = document.Get<string>(Template) ?? throw new InvalidOperationException($"'{document.Destination}' names no template.");
        values["body"] = context.Theme.Render(template, values);
        var html = context.Theme.Render(document.Get<string>(Layout) ?? "layouts/default", values);
        return document with { Content = html, MediaType = MediaTypes.Html };
    }

    /// <summary><c>reader/en.html</c> → <c>../</c>; <c>index.html</c> → empty.</summary>
    public static string RootOf(string destination) =>
        string.Concat(Enumerable.Repeat("../", destination.Count(c => c == '/')));
}
