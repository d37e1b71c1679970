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
    public void EveryPageParsesWithoutAnHtmlError()
    {
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*.html", SearchOption.AllDirectories))
        {
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            // The error event type is internal to AngleSharp; its Message and Position are read by name.
            parser.Error += (_, e) => errors.Add($"{Path.GetRelativePath(_site.Root, file)}: {e.GetType().GetProperty("Message")?.GetValue(e)} at {e.GetType().GetProperty("Position")?.GetValue(e)}");
            parser.ParseDocument(File.ReadAllText(file));
        }
        Assert.Empty(errors);

        // The check itself works: misnested markup does raise an error.
        var probe = new AngleSharp.Html.Parser.HtmlParser();
        var raised = false;
        probe.Error += (_, _) => raised = true;
        probe.ParseDocument("<!DOCTYPE html><html lang=en><title>t</title><table><p>x</table>");
        Assert.True(raised);
    }

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
