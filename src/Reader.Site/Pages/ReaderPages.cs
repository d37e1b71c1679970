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
            var sections = SplitBySection(document.Units)
                .Select(run => new
                {
                    Id = run[0].Section,
                    Title = lookup.Corpus.Sections.FirstOrDefault(s => s.Id == run[0].Section)?.TitleIn(document.Lang),
                    Paragraphs = SplitByParagraph(run).Select(paragraph => new
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

    /// <summary>The source paragraphs of a run: a unit cut from the paragraph before it joins that paragraph again.</summary>
    private static IEnumerable<List<Unit>> SplitByParagraph(Unit[] run)
    {
        var paragraph = new List<Unit>();
        foreach (var unit in run)
        {
            if (paragraph.Count > 0 && !unit.ContinuesParagraph)
            {
                yield return paragraph;
                paragraph = [];
            }
            paragraph.Add(unit);
        }
        if (paragraph.Count > 0)
        {
            yield return paragraph;
        }
    }

    /// <summary>Consecutive runs of units in the same section (a section heading opens each run).</summary>
    private static IEnumerable<Unit[]> SplitBySection(IEnumerable<Unit> units)
    {
        var run = new List<Unit>();
        foreach (var unit in units)
        {
            if (run.Count > 0 && run[^1].Section != unit.Section)
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
