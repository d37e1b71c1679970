using Reader.Core.Repair;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Tests.Repair.LanguageModels;

public class AlphabeticWordsTests
{
    [Theory]
    [InlineData("cre\u00EDa")] // es creía
    [InlineData("Canci\u00F3n")] // es canción, any case
    [InlineData("\u00F3timo")] // pt ótimo
    [InlineData("cora\u00E7\u00F5es")] // pt corações
    [InlineData("\u00E9\u00E9n")] // nl één
    [InlineData("na\u00EFve")] // en naïve
    [InlineData("\u0441\u0435\u0441\u0442\u0440\u043E\u0439")] // ru сестрой
    [InlineData("\u0443\u043B\u044B\u0431\u043D\u0443\u043B\u0441\u044F")] // ru улыбнулся
    [InlineData("\u0435\u0449\u0451")] // ru ещё
    public void KnowsFullWordFormsOfEachLanguage(string word)
    {
        Assert.True(AlphabeticWords.Shared.Contains(CodePoints(word)), word);
    }

    [Theory]
    [InlineData("cre\u00D1a")] // creÑa: a wrong rebuilt letter
    [InlineData("\u0441\u0442\u043E\u043C")] // стом
    [InlineData("\u0441\u0442")] // ст: an abbreviation, left out
    [InlineData("cafe")] // ASCII-only words are never undecided, so never listed
    public void DoesNotKnowMisspellingsAbbreviationsOrAsciiWords(string word)
    {
        Assert.False(AlphabeticWords.Shared.Contains(CodePoints(word)), word);
    }

    [Fact]
    public void FrequentWordsAreLikelierThanRareOnes()
    {
        var words = AlphabeticWords.Shared;
        Assert.True(words.LogProbability(Index("\u0447\u0442\u043E")) > words.LogProbability(Index("\u044F\u0440\u043C\u0430\u0440\u043A\u0430"))); // что > ярмарка
    }

    [Theory]
    [InlineData("\u0443\u0434\u0430\u0441\u0442\u0441\u044F", "\u0443\u0434\u0430\u0442\u044C\u0441\u044F")] // удастся > удаться
    [InlineData("\u0441\u0442\u0430\u043D\u0446\u0438\u044F\u0445", "\u0444\u0440\u0430\u043D\u0442\u0438\u0442\u044C")] // станциях > франтить
    [InlineData("\u0437\u0430\u043D\u044F\u043B\u0430", "\u0437\u0430\u043D\u044B\u043B\u0430")] // заняла > заныла
    public void WordsInCommonUseAreLikelierThanDictionaryFormsWithoutARank(string common, string rare)
    {
        var words = AlphabeticWords.Shared;
        Assert.True(words.LogProbability(Index(common)) > words.LogProbability(Index(rare)), $"{common} vs {rare}");
    }

    [Fact]
    public void ARankedTokenNoCommonWordListHoldsCountsAsAFragmentNotByItsRank()
    {
        // o200k ranks " ер" (a fragment of longer words) far above " её"; only её is a word in common use.
        var words = AlphabeticWords.Shared;
        Assert.True(words.LogProbability(Index("\u0435\u0451")) > words.LogProbability(Index("\u0435\u0440")));
    }

    [Theory]
    [InlineData("\u0441\u043E\u043A\u0435\u0442")] // ru сокет: technical prose, in no dictionary
    [InlineData("\u00ED\u00F1igo")] // es Íñigo: a name
    public void KnowsWordsOnlyTheWebCrawlHoldsAsRarerThanWordsInCommonUse(string word)
    {
        var words = AlphabeticWords.Shared;
        Assert.True(words.Contains(CodePoints(word)), word);
        Assert.True(words.LogProbability(Index(word)) < words.LogProbability(Index("\u0437\u0430\u043D\u044F\u043B\u0430"))); // заняла
        Assert.True(words.LogProbability(Index(word)) > words.LogProbability(Index("\u0437\u0430\u043D\u044B\u043B\u0430"))); // заныла
    }

    [Theory]
    [InlineData("\u0441\u0442\u0440\u0430")] // стра: what a line break leaves of страница, which the crawl lists
    [InlineData("\u0440\u0451")] // рё: и misread as cp1251, which the crawl lists
    [InlineData("zo\u00E2n")] // zoân: zo’n whose quote lost its bytes, which the crawl lists
    public void LeavesOutTheWebCrawlsFragmentsAndMojibake(string word)
    {
        Assert.False(AlphabeticWords.Shared.Contains(CodePoints(word)), word);
    }

    private static int Index(string word)
    {
        var words = AlphabeticWords.Shared;
        int lo = 0, hi = words.Count;
        var cp = CodePoints(word);
        for (var d = 0; d < cp.Length; d++)
        {
            (lo, hi) = words.Narrow(lo, hi, d, words.Code(CharNGramModel.Fold(cp[d])));
        }
        Assert.True(words.EndsAt(lo, hi, cp.Length), word);
        return lo;
    }

    private static int[] CodePoints(string text) => text.EnumerateRunes().Select(r => r.Value).ToArray();
}
