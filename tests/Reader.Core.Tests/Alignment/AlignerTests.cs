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
    public void RetellingChunkCoveringTwoParagraphsGoesWhereMostOfItWentWithoutJoiningThem()
    {
        // es-01 retells en-01 (RLVR in 2025) in its first, longer sentence and en-02 (o1, o3) in its second.
        Assert.Same(s_result.GroupOf("en-01"), s_result.GroupOf("es-01"));
        Assert.NotSame(s_result.GroupOf("en-01"), s_result.GroupOf("en-02"));
    }

    [Fact]
    public void CutSplitsAChunkAtTheSentenceWhereItMovesToTheNextParagraph()
    {
        var cut = new Aligner().Cut(s_corpus);
        var result = new Aligner().Align(cut);
        var es = cut.GetDocument("es").Units;

        Assert.Equal(s_corpus.GetDocument("es").Units.Count + 1, es.Count);
        Assert.StartsWith("El primer gran cambio", es[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("El o1 de OpenAI", es[2].Text, StringComparison.Ordinal);
        Assert.Equal(["es-shift-1-01", "es-shift-1-02"], [es[1].Id, es[2].Id]);
        Assert.Equal([false, true], [es[1].ContinuesParagraph, es[2].ContinuesParagraph]);
        Assert.Equal(Enumerable.Range(0, es.Count), es.Select(u => u.Ordinal));
        Assert.Same(result.GroupOf("en-01"), result.GroupOf(es[1].Id));
        Assert.Same(result.GroupOf("en-02"), result.GroupOf(es[2].Id));
    }

    [Fact]
    public void CutKeepsTheOriginalAndEveryCharacterOfTheOthers()
    {
        var cut = new Aligner().Cut(s_corpus);

        Assert.Equal(s_corpus.GetDocument("en").Units, cut.GetDocument("en").Units);
        Assert.All(s_corpus.Documents, d => Assert.Equal(
            string.Concat(d.Units.Select(u => u.Text)).Replace(" ", "", StringComparison.Ordinal),
            string.Concat(cut.GetDocument(d.Id).Units.Select(u => u.Text)).Replace(" ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void CuttingTwiceChangesNothingMore()
    {
        var once = new Aligner().Cut(s_corpus);
        var twice = new Aligner().Cut(once);

        Assert.Equal(once.Units.Select(u => (u.Id, u.Text)), twice.Units.Select(u => (u.Id, u.Text)));
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
