using Reader.Core.Content;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Core.Ingestion.Sectioning;

namespace Reader.Core.Tests.Ingestion;

public class ContentSectionerTests
{
    private static readonly Outline Outline = new()
    {
        Languages = ["en"],
        Sections =
        [
            new OutlineSection { Id = "intro" },
            new OutlineSection { Id = "a", Keywords = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["rockets", "fuel"] } },
            new OutlineSection { Id = "b", Keywords = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["gardens", "soil"] } },
            new OutlineSection { Id = "other", Keywords = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["club"] } },
        ],
    };

    private static IReadOnlyList<SectionedBlock> Assign(SectionEvidence? evidence, params SourceBlock[] blocks) =>
        new ContentSectioner(evidence).Assign(blocks, "en", Outline);

    [Fact]
    public void EachSentenceTakesTheSectionItTalksAbout()
    {
        var result = Assign(null, new SourceBlock(BlockKind.Paragraph, "Rockets need fuel. Gardens need good soil and water."));
        Assert.Equal(["a", "b"], result.Single().Pieces.Select(p => p.Section));
    }

    [Fact]
    public void SentenceWithoutCuesFollowsItsParagraph()
    {
        var result = Assign(null, new SourceBlock(BlockKind.Paragraph, "Rockets burn fuel fast. That is all there is to say."));
        Assert.All(result.Single().Pieces, p => Assert.Equal("a", p.Section));
    }

    [Fact]
    public void StructuredVersionsDecideWhereASharedKeywordBelongs()
    {
        // "fuel" is listed under a, but the structured version only ever uses it in b.
        var labelled = new[]
        {
            new Unit("x-b-01", "x", "en", "b", 0, "Compost is fuel for gardens, fuel for soil."),
            new Unit("x-b-02", "x", "en", "b", 1, "Soil wants fuel in autumn."),
        };
        var evidence = SectionEvidence.Build(Outline, labelled);
        var withEvidence = Assign(evidence, new SourceBlock(BlockKind.Paragraph, "It is all about fuel."));
        var without = Assign(null, new SourceBlock(BlockKind.Paragraph, "It is all about fuel."));
        Assert.Equal("b", withEvidence.Single().Section);
        Assert.Equal("a", without.Single().Section);
    }

    [Fact]
    public void ARunAboutUniqueMaterialStaysWhole()
    {
        var result = Assign(
            null,
            new SourceBlock(BlockKind.Heading, "Our own club"),
            new SourceBlock(BlockKind.Paragraph, "Rockets and fuel made us start a club. The club meets weekly."));
        Assert.All(result, b => Assert.All(b.Pieces, p => Assert.Equal("other", p.Section)));
    }
}
