using Reader.Core.Ingestion;
using Reader.Site.Model;
using Reader.Site.Search;

namespace Reader.Site.Tests.Pages;

/// <summary>The site built from the repository's own article set passes the same page rules as the fixture.</summary>
public sealed class RealContentSite : IDisposable
{
    public RealContentSite()
    {
        var corpus = Ingestor.Ingest(Path.Combine(RepoRoot(), "content")).Corpus;
        Site = new BuiltSite(SiteModel.Unaligned(corpus) with { Analysis = LuceneTermAnalysis.ForSearch() });
    }

    public BuiltSite Site { get; }

    public void Dispose() => Site.Dispose();

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Reader.sln not found above the test folder.");
    }
}

public sealed class RealContentTests(RealContentSite fixture) : IClassFixture<RealContentSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void BuildsSixShiftPagesAndAReaderPagePerVersion()
    {
        Assert.Equal(6, _site.Pages.Keys.Count(p => p.StartsWith("shifts/", StringComparison.Ordinal)));
        Assert.Equal(["en", "es", "nl", "pt", "zh", "zh-summary"],
            _site.Pages.Keys.Where(p => p.StartsWith("reader/", StringComparison.Ordinal) && p != "reader/index.html")
                .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryPageHasItsLanguageAndNoBrokenLinkOrExternalResource()
    {
        Assert.All(_site.Pages.Values, p => Assert.False(string.IsNullOrEmpty(p.DocumentElement.GetAttribute("lang"))));
        Assert.Equal("zh", _site["reader/zh-summary.html"].DocumentElement.GetAttribute("lang"));
        Assert.Empty(SitePageRules.BrokenLinks(_site));
        Assert.Empty(SitePageRules.ExternalResources(_site));
        Assert.Empty(SitePageRules.CspViolations(_site));
    }

    [Fact]
    public void EveryShiftPageHasCardsASwitcherAndAnInteractiveVisual()
    {
        foreach (var (path, page) in _site.Pages.Where(p => p.Key.StartsWith("shifts/", StringComparison.Ordinal)))
        {
            Assert.True(page.QuerySelectorAll("li.card").Length > 0, $"{path} has no cards");
            Assert.Equal(5, page.QuerySelectorAll("[data-lang-switch] button").Length);
            Assert.True(page.QuerySelectorAll(".visual [role=tab], .visual input[type=range]").Length > 0, $"{path} has no interactive visual");
        }
    }
}
