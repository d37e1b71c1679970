using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Tests.Repair.LanguageModels;

/// <summary>How numbers written in ASCII digits read as the Chinese numeral words the word model knows.</summary>
public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("7", "\u4E03")]
    [InlineData("0", "\u3007")]
    [InlineData("10", "\u5341")]
    [InlineData("12", "\u5341\u4E8C")]
    [InlineData("28", "\u4E8C\u5341\u516B")]
    [InlineData("90", "\u4E5D\u5341")]
    [InlineData("05", "\u4E94")]
    public void ANumberBelowAHundredReadsAsItsNumeralWords(string digits, string words)
    {
        Assert.Equal(words, ChineseNumerals.Read(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("100")]
    [InlineData("2025")]
    [InlineData("4a")]
    [InlineData("\uFF11")]
    public void AnythingElseHasNoReading(string run)
    {
        Assert.Null(ChineseNumerals.Read(run));
    }

    [Fact]
    public void TheWordModelKnowsTheReadingOfEveryNumberBelowAHundred()
    {
        // Otherwise the reading would fall back to the unknown token and give no context after all.
        var model = WordTrigramModel.Shared;
        Assert.All(Enumerable.Range(0, 100), n => Assert.True(model.Find(ChineseNumerals.Read(n.ToString())!) > 0, n.ToString()));
    }
}
