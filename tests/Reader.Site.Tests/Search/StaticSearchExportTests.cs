using Reader.Site.Model;
using Reader.Site.Search;

namespace Reader.Site.Tests.Search;

public sealed class StaticSearchExportTests
{
    private static readonly SiteModel Model = FixtureCorpus.Model();
    private static readonly StaticSearchIndex Index = StaticSearchExport.Build(new SiteLookup(Model), Model.Analysis!);

    [Fact]
    public void ChineseAnalysisIsBigramsSoTheScriptCanSplitQueriesWithoutSpaces()
    {
        Assert.Equal("bigram", Index.Cjk);
        // 氛围编程 → 氛围 围编 编程: each bigram of the unspaced query is an indexed term.
        var text = FixtureCorpus.VibeCodingZh;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            Assert.True(Index.Postings.ContainsKey(text.Substring(i, 2)), $"no term '{text.Substring(i, 2)}'");
        }
    }

    [Fact]
    public void PostingsPointAtTheUnitsThatContainTheTerm()
    {
        var postings = Index.Postings["rlvr"];
        var units = Enumerable.Range(0, postings.Length / 2).Select(i => Index.UnitIds[postings[2 * i]]).ToList();
        Assert.Equal(["en-01", "es-01", "nl-01", "pt-01", "zh-01"], units.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SurfaceTableMapsInflectedWordsToTheirStems()
    {
        Assert.Contains("model", Index.Surfaces["models"]);
        Assert.True(Index.Postings.ContainsKey(Index.Surfaces["models"][0]));
        Assert.Empty(Index.Surfaces["the"]);
        Assert.False(Index.Postings.ContainsKey("the"));
    }

    [Fact]
    public void GroupsListTheUnitsOfEachAlignedGroup()
    {
        var vibe = Index.GroupIds.ToList().IndexOf("grp-3");
        var units = Index.Groups[vibe].Select(u => Index.UnitIds[u]);
        Assert.Contains("zh-summary-01", units);
        Assert.Equal(6, Index.Groups[vibe].Length);
    }

    [Fact]
    public void ScriptKeepsChineseAsCharacters()
    {
        var script = StaticSearchExport.ToScript(Index);
        Assert.StartsWith("window.ReaderSearchIndex={", script);
        Assert.Contains(FixtureCorpus.VibeCodingZh, script);
    }

    [Fact]
    public void QueryTokensSplitWordsAndLeaveCjkToTheBigrams()
    {
        Assert.Equal(["rlvr", "models", "vibe", "coding"], QueryTokens.Words("RLVR models" + FixtureCorpus.VibeCodingZh + "vibe-coding"));
    }
}
