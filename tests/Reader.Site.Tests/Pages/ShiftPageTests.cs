namespace Reader.Site.Tests.Pages;

public sealed class ShiftPageTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void HasALanguageButtonForEachOfTheFiveLanguages()
    {
        var buttons = _site["shifts/shift-1.html"].QuerySelectorAll("[data-lang-switch] button[data-lang]");
        Assert.Equal(["en", "es", "pt", "zh", "nl"], buttons.Select(b => b.GetAttribute("data-lang")));
    }

    [Fact]
    public void EachClaimCardCarriesEveryVersionOfItsGroupWithItsLanguage()
    {
        var cards = _site["shifts/shift-1.html"].QuerySelectorAll("li.card");
        Assert.Equal(2, cards.Length);
        var versions = cards[0].QuerySelectorAll(".version");
        Assert.Equal(["en", "es", "pt", "zh", "nl"], versions.Select(v => v.GetAttribute("lang")));
        Assert.Contains(FixtureCorpus.ReinforcementZh, versions.Single(v => v.GetAttribute("lang") == "zh").TextContent);
    }

    [Fact]
    public void EachCardLinksToItsGroupOnTheComparePage()
    {
        var link = _site["shifts/shift-1.html"].QuerySelector("li.card a.compare-link")!.GetAttribute("href")!;
        Assert.StartsWith("../compare.html?v=en,es,pt,zh,nl#g-grp-1", link);
    }

    [Theory]
    [InlineData("shifts/shift-1.html", "[role=tablist] [role=tab][aria-controls]")]
    [InlineData("shifts/shift-2.html", "[role=tablist] [role=tab][aria-controls]")]
    public void HasAKeyboardReachableVisual(string page, string selector)
    {
        var tabs = _site[page].QuerySelectorAll(".visual " + selector);
        Assert.True(tabs.Length >= 2, $"{page} has {tabs.Length} tabs");
        Assert.All(tabs, t => Assert.Equal("button", t.LocalName));
        Assert.All(tabs, t => Assert.NotNull(_site[page].GetElementById(t.GetAttribute("aria-controls")!)));
    }

    [Fact]
    public void LoadsTheSwitcherAndVisualScripts()
    {
        var scripts = _site["shifts/shift-2.html"].QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("../assets/shift.js", scripts);
        Assert.Contains("../assets/visuals.js", scripts);
    }

    [Fact]
    public void WithoutJavaScriptEveryVersionAndPanelIsReadableAndOnlyTheControlsAreHidden()
    {
        var page = _site["shifts/shift-1.html"];
        Assert.Equal("no-js", page.DocumentElement.ClassName);
        Assert.Empty(page.QuerySelectorAll(".card .version[hidden], [role=tabpanel][hidden]"));
        Assert.True(page.QuerySelector("[data-lang-switch]")!.HasAttribute("hidden"));
        Assert.True(page.QuerySelector("[role=tablist]")!.HasAttribute("hidden"));
    }
}
