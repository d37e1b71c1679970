namespace Reader.Site.Tests.Pages;

public sealed class ReaderCompareTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private readonly BuiltSite _site = fixture.Site;

    [Fact]
    public void ReaderAnchorsEveryParagraphAndLinksItToItsComparison()
    {
        var paragraphs = _site["reader/es.html"].QuerySelectorAll("p.para");
        Assert.Equal(4, paragraphs.Length);
        Assert.Equal("u-es-01", paragraphs[1].Id);
        Assert.Equal("#u-es-01", paragraphs[1].QuerySelector("a.pilcrow")!.GetAttribute("href"));
        Assert.EndsWith("#g-grp-1", paragraphs[1].QuerySelector("a.cmp")!.GetAttribute("href"));
    }

    [Fact]
    public void ReaderShowsAParagraphCutInTwoAsOneWithAnAnchorAndComparisonPerPart()
    {
        var page = _site["reader/nl.html"];
        var paragraphs = page.QuerySelectorAll("p.para");
        var pieces = paragraphs[1].QuerySelectorAll("span.piece");

        Assert.Equal(3, paragraphs.Length);
        Assert.Equal(["u-nl-01", "u-nl-02"], pieces.Select(p => p.Id));
        Assert.EndsWith("#g-grp-1", pieces[0].QuerySelector("a.cmp")!.GetAttribute("href"));
        Assert.EndsWith("#g-grp-2", pieces[1].QuerySelector("a.cmp")!.GetAttribute("href"));
        Assert.Equal("#u-nl-02", pieces[1].QuerySelector("a.pilcrow")!.GetAttribute("href"));
        Assert.Contains("3 paragraphs", page.QuerySelector(".reader .eyebrow")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderShowsSectionTitlesInTheVersionsLanguage()
    {
        var titles = _site["reader/zh.html"].QuerySelectorAll("h2.section-title").Select(h => h.TextContent).ToList();
        Assert.Contains("\u5F15\u8A00", titles);
    }

    [Fact]
    public void CompareHasAGroupRowPerGroupAndACellPerVersion()
    {
        var page = _site["compare.html"];
        var rows = page.QuerySelectorAll("tr.group-row");
        Assert.Equal(4, rows.Length);
        Assert.All(rows, r => Assert.Equal(6, r.QuerySelectorAll("td[data-doc]").Length));
        Assert.Equal("g-grp-3", rows[3].Id);
        Assert.Contains(FixtureCorpus.VibeCodingZh, rows[3].QuerySelector("td[data-doc=zh-summary]")!.TextContent);
        Assert.Equal("zh", rows[3].QuerySelector("td[data-doc=zh-summary]")!.GetAttribute("lang"));
    }

    [Fact]
    public void CompareOffersEveryVersionWithinTwoToFive()
    {
        var form = _site["compare.html"].QuerySelector("[data-compare-form]")!;
        Assert.Equal(6, form.QuerySelectorAll("input[type=checkbox][name=v]").Length);
        Assert.Equal("2", form.GetAttribute("data-min"));
        Assert.Equal("5", form.GetAttribute("data-max"));
        Assert.Equal("en,es,pt", form.GetAttribute("data-defaults"));
    }

    [Fact]
    public void SourcesShowTheRepairReportWithBeforeAndAfter()
    {
        var zh = _site["sources.html"].GetElementById("version-zh")!;
        var example = zh.QuerySelector("table.repair-examples tbody tr")!;
        Assert.Equal("\u00E5\u00B9\u00B4", example.Children[0].TextContent);
        Assert.Equal("\u5E74", example.Children[1].TextContent);
        Assert.Contains("cp1252", zh.TextContent);
    }

    [Fact]
    public void AskShowsPrecomputedAnswersWithCitationsIntoTheReader()
    {
        var answer = _site["ask.html"].QuerySelector("article.answer")!;
        Assert.Contains("What is RLVR?", answer.TextContent);
        Assert.Equal("reader/en.html#u-en-01", answer.QuerySelector(".citations a")!.GetAttribute("href"));
        var marker = answer.QuerySelector("p a.cite")!;
        Assert.Equal("[1]", marker.TextContent);
        Assert.Equal("reader/en.html#u-en-01", marker.GetAttribute("href"));
        Assert.DoesNotContain("[en-01]", answer.TextContent);
    }

    [Fact]
    public void HomeDrawsTheShiftsAsInlineSvgLinkedToTheirPages()
    {
        var home = _site["index.html"];
        var tiles = home.QuerySelectorAll(".shift-tile");
        Assert.Equal(2, tiles.Length);
        Assert.All(tiles, t => Assert.NotNull(t.QuerySelector("svg rect.bar")));
        Assert.Equal("shifts/shift-2.html", tiles[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("cp1252", home.QuerySelector(".repair-list")!.TextContent);
    }
}
