using Reader.Core.Documents;

namespace Reader.Site.Pages;

/// <summary>Each version in full, in its own language, with an anchor and a compare link per unit, units of one source paragraph in one paragraph.</summary>
public sealed class ReaderPages : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var lookup = context.Site.Lookup;
        yield return context.Page("reader/index.html", "pages/reader-index", "Read the versions", "en", "reader", "reader",
            new Dictionary<string, object?>());

        foreach (var document in lookup.Corpus.Documents)
        {
            var sections = Runs(document.Units, (previous, unit) => previous.Section != unit.Section)
                .Select(run => new
                {
                    Id = run[0].Section,
                    Title = lookup.Corpus.Sections.FirstOrDefault(s => s.Id == run[0].Section)?.TitleIn(document.Lang),
                    Paragraphs = Runs(run, (_, unit) => !unit.ContinuesParagraph).Select(paragraph => new
                    {
                        Pieces = paragraph.Select(u => new
                        {
                            Unit = context.Views.Unit(u),
                            Compare = context.Views.Group(lookup.GroupOf(u.Id)).CompareHref,
                        }).ToList(),
                    }).ToList(),
                })
                .ToList();
            var version = context.Views.Versions.First(v => v.Id == document.Id);
            yield return context.Page(version.ReaderHref, "pages/reader", document.Title, document.Lang, "reader", "",
                new Dictionary<string, object?>
                {
                    ["version"] = version,
                    ["sections"] = sections,
                    ["paragraph_count"] = sections.Sum(s => s.Paragraphs.Count),
                });
        }
    }

    /// <summary>
    /// Consecutive runs of units, a new run opening where <paramref name="opens"/> says so: sections (a heading opens
    /// each) and, within one, source paragraphs (a unit cut from the paragraph before it joins that paragraph again).
    /// </summary>
    private static IEnumerable<Unit[]> Runs(IEnumerable<Unit> units, Func<Unit, Unit, bool> opens)
    {
        var run = new List<Unit>();
        foreach (var unit in units)
        {
            if (run.Count > 0 && opens(run[^1], unit))
            {
                yield return run.ToArray();
                run.Clear();
            }
            run.Add(unit);
        }
        if (run.Count > 0)
        {
            yield return run.ToArray();
        }
    }
}
