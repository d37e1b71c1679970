using Microsoft.Playwright;

namespace Reader.Site.Tests.Browser;

public sealed class BrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private readonly List<string> _errors = [];

    [BrowserFact]
    public async Task ShiftPageSwitchesEveryCardToChineseInPlace()
    {
        var page = await browser.OpenAsync("shifts/shift-1.html", _errors);
        await page.ClickAsync("[data-lang-switch] button[data-lang=zh]");

        var visible = await page.Locator(".card .version:visible").AllAsync();
        Assert.Equal(2, visible.Count);
        Assert.All(visible, v => Assert.Equal("zh", v.GetAttributeAsync("lang").Result));
        Assert.Contains(FixtureCorpus.ReinforcementZh, await visible[0].InnerTextAsync());
        Assert.Equal("true", await page.GetAttributeAsync("button[data-lang=zh]", "aria-pressed"));
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task ShiftPageRemembersTheLanguageFromTheUrl()
    {
        var page = await browser.OpenAsync("shifts/shift-2.html?lang=nl", _errors);
        var text = await page.Locator(".card .version:visible").First.InnerTextAsync();
        Assert.Contains("Vibe coding laat iedereen", text);
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task VisualTabsMoveWithTheArrowKeys()
    {
        var page = await browser.OpenAsync("shifts/shift-1.html", _errors);
        var selected = page.Locator(".visual [role=tab][aria-selected=true]");
        await selected.FocusAsync();
        var before = await selected.GetAttributeAsync("id");
        await page.Keyboard.PressAsync("ArrowLeft");
        var after = await page.Locator(".visual [role=tab][aria-selected=true]").GetAttributeAsync("id");
        Assert.NotEqual(before, after);
        Assert.Equal(after, await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal(1, await page.Locator(".visual [role=tabpanel]:visible").CountAsync());
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task CompareWithThreeLanguagesShowsAlignedRows()
    {
        var page = await browser.OpenAsync("compare.html?v=en,es,zh#g-grp-1", _errors);

        Assert.Equal(3, await page.Locator("thead th[data-doc]:visible").CountAsync());
        var row = page.Locator("#g-grp-1");
        var cells = await row.Locator("td:visible").AllAsync();
        Assert.Equal(["en", "es", "zh"], cells.Select(c => c.GetAttributeAsync("lang").Result));
        Assert.Contains("RLVR", await cells[1].InnerTextAsync());
        Assert.Contains(FixtureCorpus.ReinforcementZh, await cells[2].InnerTextAsync());

        await cells[0].FocusAsync();
        Assert.Contains("active", await row.GetAttributeAsync("class") ?? "");
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task CompareKeepsBetweenTwoAndFiveVersions()
    {
        var page = await browser.OpenAsync("compare.html?v=en,es", _errors);
        Assert.True(await page.IsDisabledAsync("input[name=v][value=en]"));
        await page.CheckAsync("input[name=v][value=pt]");
        await page.CheckAsync("input[name=v][value=zh]");
        await page.CheckAsync("input[name=v][value=nl]");
        Assert.True(await page.IsDisabledAsync("input[name=v][value=zh-summary]"));
        Assert.Equal(5, await page.Locator("thead th[data-doc]:visible").CountAsync());
        Assert.Contains("v=en%2Ces%2Cpt%2Czh%2Cnl", page.Url);
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task SearchForRlvrFindsItInEveryVersion()
    {
        var page = await browser.OpenAsync("search.html", _errors);
        await page.FillAsync("#q", "RLVR");
        await page.PressAsync("#q", "Enter");

        var hits = page.Locator("li.hit");
        await hits.First.WaitForAsync();
        Assert.Equal(1, await hits.CountAsync());
        Assert.Equal("RLVR", await hits.First.Locator("p.passage mark").First.InnerTextAsync());
        Assert.Equal(4, await hits.First.Locator("details.others li").CountAsync());
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task ChineseQueryWithoutSpacesFindsTheChineseAndShowsTheOtherVersions()
    {
        var page = await browser.OpenAsync("search.html?q=" + Uri.EscapeDataString(FixtureCorpus.VibeCodingZh), _errors);
        var hit = page.Locator("li.hit").First;
        await hit.WaitForAsync();
        Assert.Equal(FixtureCorpus.VibeCodingZh, await hit.Locator("p.passage mark").First.InnerTextAsync());
        var others = await hit.Locator("details.others li").AllInnerTextsAsync();
        Assert.Contains(others, t => t.Contains("Vibe coding lets anyone"));
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task StemmedQueryFindsInflectedForms()
    {
        var page = await browser.OpenAsync("search.html?q=model", _errors);
        await page.Locator("li.hit").First.WaitForAsync();
        var marks = await page.Locator("li.hit mark").AllInnerTextsAsync();
        Assert.Contains("models", marks);
        Assert.Empty(_errors);
    }

    [BrowserFact]
    public async Task NoPageLogsAConsoleError()
    {
        foreach (var path in browser.Site.Pages.Keys)
        {
            var page = await browser.OpenAsync(path, _errors, width: 390);
            await page.WaitForLoadStateAsync(LoadState.Load);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways on a phone-sized screen");
            await page.Context.CloseAsync();
        }
        Assert.Empty(_errors);
    }
}
