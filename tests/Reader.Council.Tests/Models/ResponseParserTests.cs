using Reader.Council.Evidence;
using Reader.Council.Models;
using Reader.Council.Review;
using Reader.Council.Answers;
using Reader.Council.Tests.Doubles;

namespace Reader.Council.Tests.Models;

public sealed class ResponseParserTests
{
    [Fact]
    public void TheRankingIsReadAfterTheFinalRankingLineKeepingOnlyLabelsShown()
    {
        var reply = "Response C cites well, Response A does not.\nFINAL RANKING:\n1. Response A\n2. Response D\n3. Response C\n4. Response A";

        Assert.Equal(["Response A", "Response C"], ResponseParser.Ranking(reply, ["Response A", "Response C"]));
    }

    [Fact]
    public void CitationListsAreSplitAndInventedIdsRemovedFromTheText()
    {
        var corpus = TestCorpus.Create();
        var evidence = new EvidenceSet("q", "en", corpus.Units.Select(u => new EvidencePassage(u, u.Id, 1, 1, 10)).ToList());

        var (text, valid, dropped) = ResponseParser.Citations("A [en-shift-1-01, made-up] and B [nope].", evidence);

        Assert.Equal("A [en-shift-1-01] and B.", text);
        Assert.Equal(["en-shift-1-01"], valid);
        Assert.Equal(["made-up", "nope"], dropped);
    }

    [Fact]
    public void AggregationUsesAveragePositionThenVotes()
    {
        var aggregate = RankingAggregator.Aggregate(
        [
            new MemberRanking("a", ["b", "c"]),
            new MemberRanking("b", ["c", "a"]),
            new MemberRanking("c", ["b", "a"]),
        ]);

        Assert.Equal([("b", 1.0), ("c", 1.5), ("a", 2.0)], aggregate.Select(r => (r.Member, r.AverageRank)));
        Assert.Equal("Response A", Labels.For(0));
        Assert.Equal("Response AB", Labels.For(27));
    }
}
