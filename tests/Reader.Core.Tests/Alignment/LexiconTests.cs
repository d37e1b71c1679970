using Reader.Core.Alignment.Lexicons;

namespace Reader.Core.Tests.Alignment;

public class LexiconTests
{
    [Theory]
    [InlineData("zh", "\u5E7D\u7075", "ghost")]
    [InlineData("zh", "\u7535\u8111", "computer")]
    [InlineData("pt", "recompensa", "reward")]
    [InlineData("nl", "jaar", "year")]
    [InlineData("es", "cambio", "change")]
    public void EmbeddedLexiconsTranslateIntoEnglish(string lang, string word, string english)
    {
        Assert.True(BilingualLexicon.For(lang).TryTranslate(word, out var glosses));
        Assert.Contains(english, glosses);
    }

    [Fact]
    public void LanguageWithoutLexiconGetsAnEmptyOne()
    {
        var lexicon = BilingualLexicon.For("en");

        Assert.Equal(0, lexicon.Count);
        Assert.False(lexicon.TryTranslate("ghost", out _));
    }

    [Fact]
    public void ParseReadsHeadwordAndGlosses()
    {
        var lexicon = BilingualLexicon.Parse("xx", new StringReader("casa\thouse home\nbad line\n"));

        Assert.Equal(1, lexicon.Count);
        Assert.True(lexicon.TryTranslate("casa", out var glosses));
        Assert.Equal(["house", "home"], glosses);
    }
}
