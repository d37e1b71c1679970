using Reader.Site.Pages;
using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>Reads the site model into page documents (Markdown prose plus template values), one source per kind of page.</summary>
public sealed class GeneratePages(IReadOnlyList<IPageSource> sources) : IModule
{
    /// <summary>All the site's pages.</summary>
    public static GeneratePages All() => new(
    [
        new HomePage(), new ShiftPages(), new ReaderPages(), new ComparePage(),
        new SearchPage(), new AskPage(), new SourcesPage(), new NotFoundPage(),
    ]);

    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context)
    {
        var views = new ViewFactory(context.Lookup);
        var shifts = context.Lookup.Shifts.Select((s, i) => views.Shift(s, i + 1)).ToList();
        NavItem[] nav =
        [
            new("home", "Home", "index.html"),
            new("shifts", "Shifts", "index.html#shifts"),
            new("reader", "Read", "reader/index.html"),
            new("compare", "Compare", "compare.html"),
            new("search", "Search", "search.html"),
            new("ask", "Ask", "ask.html"),
            new("sources", "Sources", "sources.html"),
        ];
        var title = context.Lookup.Corpus.Documents.FirstOrDefault(d => d.Kind == "original")?.Title
            ?? context.Lookup.Corpus.Documents.FirstOrDefault()?.Title
            ?? "Reader";
        var site = new SiteView(title, nav, shifts, views.Languages, views.Versions, context.Model.Analysis is not null);
        var page = new PageContext(context, views, site);
        return inputs.Concat(sources.SelectMany(s => s.Pages(page))).ToList();
    }
}
