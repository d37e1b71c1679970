using Reader.Core.Alignment;
using Reader.Core.Documents;

namespace Reader.Core.Tests.Alignment;

public class AlignerTests
{
    private static readonly Corpus s_corpus = SmallCorpus.Create();
    private static readonly AlignmentResult s_result = new Aligner().Align(s_corpus);

    [Fact]
    public void EveryUnitIsInExactlyOneGroup()
    {
        var grouped = s_result.Groups.SelectMany(g => g.UnitIds).ToList();

        Assert.Equal(grouped.Count, grouped.Distinct().Count());
        Assert.Equal(s_corpus.Units.Select(u => u.Id).Order(), grouped.Order());
    }

    [Theory]
    [InlineData("zh-02", "en-01")]
    [InlineData("zh-04", "en-02")]
    [InlineData("zh-05", "en-03")]
    [InlineData("zh-07", "en-05")]
    [InlineData("zh-08", "en-06")]
    [InlineData("es-03", "en-04")]
    [InlineData("es-04", "en-05")]
    [InlineData("es-05", "en-06")]
    [InlineData("nl-00", "en-05")]
    [InlineData("nl-03", "en-03")]
    [InlineData("zh-summary-01", "en-03")]
    public void CounterpartsShareAGroup(string unit, string original)
    {
        Assert.Same(s_result.GroupOf(original), s_result.GroupOf(unit));
    }

    [Fact]
    public void RetellingChunkCoveringTwoParagraphsJoinsBoth()
    {
        var group = s_result.GroupOf("es-01");

        Assert.Contains("en-01", group.UnitIds);
        Assert.Contains("en-02", group.UnitIds);
    }

    [Theory]
    [InlineData("en-03", "en-04")]
    [InlineData("en-04", "en-05")]
    [InlineData("en-00", "en-01")]
    public void DifferentParagraphsStayApart(string a, string b)
    {
        Assert.NotSame(s_result.GroupOf(a), s_result.GroupOf(b));
    }

    [Fact]
    public void PassageUniqueToOneVersionIsAGroupOfItsOwn()
    {
        var council = s_result.GroupOf("nl-01");

        Assert.Equal(["nl-01", "nl-02"], council.UnitIds);
        Assert.Equal("other", council.Section);
        Assert.Equal(["zh-00"], s_result.GroupOf("zh-00").UnitIds);
    }

    [Fact]
    public void AlignmentIsDeterministic()
    {
        var again = new Aligner().Align(SmallCorpus.Create());

        Assert.Equal(
            s_result.Groups.Select(g => (g.Id, string.Join(' ', g.UnitIds), g.Score)),
            again.Groups.Select(g => (g.Id, string.Join(' ', g.UnitIds), g.Score)));
    }

    [Fact]
    public void EveryGroupExplainsItsScore()
    {
        Assert.All(s_result.Groups, g =>
        {
            Assert.InRange(g.Score, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(g.Explanation));
        });
        Assert.Contains("RLVR", s_result.GroupOf("en-01").Explanation, StringComparison.Ordinal);
    }
}
