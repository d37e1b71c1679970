using Reader.Site.Visuals;

namespace Reader.Site.Pages;

/// <summary>The home page: the six shifts at a glance, the versions and their languages, what repair did.</summary>
public sealed class HomePage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var repairs = context.Site.Lookup.Corpus.Documents
            .Where(d => !d.Repair.IsClean)
            .Select(d => new { Document = context.Views.Versions.First(v => v.Id == d.Id), d.Repair })
            .ToList();
        yield return context.Page("index.html", "pages/home", context.SiteView.Title, "en", "home", "home",
            new Dictionary<string, object?>
            {
                ["overview"] = ShiftOverview.Svg(context.SiteView.Shifts, context.Views.Languages),
                ["repairs"] = repairs,
            });
    }
}
