namespace Reader.Site.Pages;

/// <summary>Every aligned group as a row, every version as a column; the script narrows it to the two to five chosen.</summary>
public sealed class ComparePage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var lookup = context.Site.Lookup;
        var sections = lookup.Corpus.Sections
            .Select(s => new
            {
                s.Id,
                Title = s.TitleIn("en"),
                Rows = lookup.GroupsIn(s.Id).Select(g =>
                {
                    var group = context.Views.Group(g);
                    return new
                    {
                        Group = group,
                        Cells = context.Views.Versions
                            .Select(v => new { Version = v, Units = group.Versions.FirstOrDefault(gv => gv.DocumentId == v.Id)?.Units ?? [] })
                            .ToList(),
                    };
                }).ToList(),
            })
            .Where(s => s.Rows.Count > 0)
            .ToList();
        var defaults = context.Views.Versions.Take(3).Select(v => v.Id).ToList();
        yield return context.Page("compare.html", "pages/compare", "Compare versions", "en", "compare", "compare",
            new Dictionary<string, object?>
            {
                ["sections"] = sections,
                ["defaults"] = string.Join(',', defaults),
                ["min"] = ViewFactory.MinCompared,
                ["max"] = ViewFactory.MaxCompared,
            },
            "assets/compare.js");
    }
}
