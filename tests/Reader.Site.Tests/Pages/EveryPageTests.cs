namespace Reader.Site.Tests.Pages;

public sealed class EveryPageTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void BuildsEveryKindOfPage()
    {
        string[] expected =
        [
            "index.html", "shifts/shift-1.html", "shifts/shift-2.html", "reader/index.html", "reader/en.html", "reader/zh.html",
            "reader/zh-summary.html", "compare.html", "search.html", "ask.html", "sources.html", "404.html",
        ];
        Assert.All(expected, page => Assert.True(_site.Pages.ContainsKey(page), $"missing {page}"));
        Assert.Equal(_site.Pages.Count, _site.Result.Pages);
    }

    [Fact]
    public void EveryPageDeclaresItsLanguageAndViewport()
    {
        Assert.All(_site.Pages, entry =>
        {
            var html = entry.Value.DocumentElement;
            Assert.False(string.IsNullOrEmpty(html.GetAttribute("lang")), $"{entry.Key} has no <html lang>");
            Assert.NotNull(entry.Value.QuerySelector("meta[name=viewport]"));
            Assert.NotNull(entry.Value.QuerySelector("meta[charset]"));
            Assert.Single(entry.Value.QuerySelectorAll("h1"));
        });
    }

    [Theory]
    [InlineData("reader/en.html", "en")]
    [InlineData("reader/es.html", "es")]
    [InlineData("reader/zh.html", "zh")]
    [InlineData("reader/zh-summary.html", "zh")]
    [InlineData("reader/nl.html", "nl")]
    [InlineData("index.html", "en")]
    public void ReaderPagesAreInTheVersionsLanguage(string page, string lang) =>
        Assert.Equal(lang, _site[page].DocumentElement.GetAttribute("lang"));

    [Fact]
    public void EveryInternalLinkAndAnchorResolves() => Assert.Empty(SitePageRules.BrokenLinks(_site));

    [Fact]
    public void NothingIsLoadedFromOutsideTheSite() => Assert.Empty(SitePageRules.ExternalResources(_site));

    [Fact]
    public void PagesNeedNoInlineScriptOrStyleSoTheCspCanForbidThem() => Assert.Empty(SitePageRules.CspViolations(_site));

    [Fact]
    public void IdsAreUniqueOnEveryPage() => Assert.All(_site.Pages, entry =>
    {
        var duplicates = entry.Value.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    });
}
