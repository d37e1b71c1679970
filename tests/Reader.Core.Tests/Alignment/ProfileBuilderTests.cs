using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Lexicons;
using Reader.Core.Documents;

namespace Reader.Core.Tests.Alignment;

public class ProfileBuilderTests
{
    private static readonly ProfileBuilder s_builder = new(
        BilingualLexicon.For,
        tokenizer: null,
        pivotWords: ["intelligence", "verifiable", "rewards", "benchmarks", "paradigm"]);

    private static IReadOnlyList<EvidenceItem> Items(string lang, string text) =>
        s_builder.Build(new Unit("u", "d", lang, "intro", 0, text)).Items;

    [Fact]
    public void DecadesAndPercentagesBecomeNumberKeysSharedAcrossLanguages()
    {
        var en = Items("en", "computers of the 1970s reached ~10% of it").SelectMany(i => i.Keys).ToHashSet();
        var zh = Items("zh", "70 \u5E74\u4EE3\u7684\u8BA1\u7B97\u673A\uFF0C10%").SelectMany(i => i.Keys).ToHashSet();

        Assert.Contains("n:70", en);
        Assert.Contains("n:10", en);
        Assert.Contains("n:70", zh);
        Assert.Contains("n:10", zh);
    }

    [Fact]
    public void LatinTermsInsideChineseAreAnchors()
    {
        var items = Items("zh", "\u7528 Claude Code \u548C RLVR \u8BAD\u7EC3");

        Assert.Contains(items, i => i.Surface == "RLVR" && i.Kind == EvidenceKind.Anchor && i.Keys.Contains("e:rlvr"));
        Assert.Contains(items, i => i.Surface == "Claude" && i.Kind == EvidenceKind.Anchor);
    }

    [Fact]
    public void ChineseWordsCarryTheirCedictGlosses()
    {
        var items = Items("zh", "\u5F3A\u5316\u5B66\u4E60\u7684\u5956\u52B1");

        Assert.Contains(items, i => i.Surface == "\u5956\u52B1" && i.Keys.Contains("e:reward"));
        Assert.DoesNotContain(items, i => i.Surface == "\u7684");
    }

    [Fact]
    public void RomanceWordsReachEnglishThroughCognatesAndFreeDict()
    {
        var items = Items("es", "La inteligencia y las recompensas verificables");

        Assert.Contains(items, i => i.Surface == "inteligencia" && i.Keys.Contains("e:intelligenc"));
        Assert.Contains(items, i => i.Surface == "verificables" && i.Keys.Contains("e:verifiabl"));
        Assert.Contains(items, i => i.Surface == "recompensas" && i.Keys.Contains("e:reward"));
        Assert.DoesNotContain(items, i => i.Surface is "La" or "y" or "las");
    }

    [Fact]
    public void CapitalisedWordsMidSentenceAreNamesButSentenceStartsAreNot()
    {
        var items = Items("en", "Vibes matter. Then Cursor arrived.");

        Assert.Equal(EvidenceKind.Word, items.Single(i => i.Surface == "Vibes").Kind);
        Assert.Equal(EvidenceKind.Anchor, items.Single(i => i.Surface == "Cursor").Kind);
    }
}
