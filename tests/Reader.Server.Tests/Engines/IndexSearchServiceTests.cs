using Reader.Search;
using Reader.Search.Grouping;
using Reader.Server.Engines;
using Reader.Server.Searching;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests.Engines;

public sealed class IndexSearchServiceTests
{
    [Fact]
    public void Hits_carry_the_unit_its_group_a_rounded_score_and_an_html_snippet()
    {
        var corpus = TestCorpus.Create();
        var groups = UnitGroups.FromPartition(corpus, TestCorpus.Align().Groups.Select(g => (g.Id, (IEnumerable<string>)g.UnitIds)));
        using var service = new IndexSearchService(SearchIndex.Open(corpus, groups, SearchIndexOptions.InMemory));

        var result = service.Search(new SearchQuery("verifiable rewards", 5, "en"));

        Assert.Equal("verifiable rewards", result.Query);
        Assert.Equal("en", result.Lang);
        var best = result.Hits[0];
        Assert.Equal(("en-0002", "en", "en", "shift-1", "g-shift-1-01"), (best.Unit, best.Doc, best.Lang, best.Section, best.Group));
        Assert.Equal(Math.Round(best.Score, 4), best.Score);
        Assert.True(best.Score > 0);
        Assert.Contains("<mark>", best.Snippet);
        Assert.Equal(corpus.GetUnit("en-0002").Text, best.Text);
        Assert.Equal(["en-0002", "es-0002", "zh-0002"], result.Hits.Where(h => h.Group == "g-shift-1-01").Select(h => h.Unit).Order());
    }

    [Fact]
    public void Markup_in_the_text_is_escaped_in_the_snippet()
    {
        var corpus = new Reader.Core.Documents.Corpus(
            [new() { Id = "en", Lang = "en", Kind = "original", Title = "t", Source = "s", Units = [new("en-1", "en", "en", "intro", 0, "agents <script>alert(1)</script> everywhere")] }],
            []);
        using var service = new IndexSearchService(SearchIndex.Open(corpus, null, SearchIndexOptions.InMemory));

        var hit = Assert.Single(service.Search(new SearchQuery("agents", 5, null)).Hits);

        Assert.DoesNotContain("<script>", hit.Snippet);
        Assert.Contains("&lt;script&gt;", hit.Snippet);
    }
}
