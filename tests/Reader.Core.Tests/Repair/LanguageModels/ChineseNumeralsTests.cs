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
    [InlineData("320", "\u4E09\u767E")]
    [InlineData("100", "\u4E00\u767E")]
    [InlineData("2025", "\u4E8C\u5343")]
    [InlineData("45000", "\u56DB\u4E07")]
    [InlineData("120000", "\u5341\u4E8C\u4E07")]
    [InlineData("3500000000", "\u4E09\u5341\u4E94\u4EBF")]
    [InlineData("12.6", "\u5341\u4E8C")]
    [InlineData("000", "\u3007")]
    public void ALargerNumberReadsByItsLeadingDigitAndMagnitude(string digits, string words)
    {
        Assert.Equal(words, ChineseNumerals.Read(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4a")]
    [InlineData("\uFF11")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("5.5.2")]
    [InlineData("15%")]
    public void AnythingElseHasNoReading(string run)
    {
        Assert.Null(ChineseNumerals.Read(run));
    }

    [Theory]
    [InlineData("300")]
    [InlineData("2000")]
    [InlineData("30000")]
    public void TheWordModelKnowsTheReadingOfLargerNumbers(string digits)
    {
        Assert.True(WordTrigramModel.Shared.Find(ChineseNumerals.Read(digits)!) > 0);
    }

    [Theory]
    [InlineData('\u6708', true)] // 月: 十二月
    [InlineData('\u5143', true)] // 元: 三百元
    [InlineData('\u4E07', true)] // 万: 三万
    [InlineData('\u661F', false)] // 星: 三星 (Samsung) is no count
    [InlineData('\u5B9A', false)] // 定: 一定 ("surely")
    [InlineData('\u4E8C', false)] // 二: 11 二 is no 十一二
    public void OnlyAUnitMakesOneWordWithANumber(char c, bool unit)
    {
        Assert.Equal(unit, ChineseNumerals.IsUnit(c));
    }

    [Fact]
    public void TheWordModelKnowsTheReadingOfEveryNumberBelowAHundred()
    {
        // Otherwise the reading would fall back to the unknown token and give no context after all.
        var model = WordTrigramModel.Shared;
        Assert.All(Enumerable.Range(0, 100), n => Assert.True(model.Find(ChineseNumerals.Read(n.ToString())!) > 0, n.ToString()));
    }
}
