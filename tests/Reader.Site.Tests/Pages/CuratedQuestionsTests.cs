using Reader.Site.Model;

namespace Reader.Site.Tests.Pages;

public sealed class CuratedQuestionsTests
{
    [Fact]
    public void AsksOneQuestionPerShiftAboutItsEnglishTitle()
    {
        var questions = CuratedQuestions.For(FixtureCorpus.Model().Corpus);
        Assert.Equal(
            ["What does the article say about \u201CReinforcement Learning from Verifiable Rewards (RLVR)\u201D?", "What does the article say about \u201CVibe coding\u201D?"],
            questions);
    }
}
