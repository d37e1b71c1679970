namespace Reader.Site.Pages;

/// <summary>The sources: which file each version comes from, its provenance, and what repair changed.</summary>
public sealed class SourcesPage : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var sources = context.Site.Lookup.Corpus.Documents
            .GroupBy(d => d.Source, StringComparer.Ordinal)
            .Select(g => new
            {
                File = g.Key,
                Versions = g.Select(d => new
                {
                    Version = context.Views.Versions.First(v => v.Id == d.Id),
                    Metadata = d.Metadata.Select(m => new { m.Key, m.Value }).ToList(),
                    d.Repair,
                    Examples = d.Repair.Examples.Select(e => new { e.Before, e.After, Confidence = e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
                }).ToList(),
            })
            .ToList();
        yield return context.Page("sources.html", "pages/sources", "Sources", "en", "sources", "sources",
            new Dictionary<string, object?> { ["sources"] = sources });
    }
}
