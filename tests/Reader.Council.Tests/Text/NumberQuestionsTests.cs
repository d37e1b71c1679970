using Reader.Council.Text;

namespace Reader.Council.Tests.Text;

public sealed class NumberQuestionsTests
{
    [Theory]
    [InlineData("How many GPUs trained o3?", "en", NumberAsked.Count)]
    [InlineData("\u00bfCu\u00e1nto cuesta Cursor?", "es", NumberAsked.Count)]
    [InlineData("Quantos par\u00e2metros tem o modelo?", "pt", NumberAsked.Count)]
    [InlineData("Hoeveel kost een abonnement?", "nl", NumberAsked.Count)]
    [InlineData("Claude Code \u6bcf\u6708\u6536\u8d39\u591a\u5c11\u94b1\uff1f", "zh", NumberAsked.Count)]
    [InlineData("When was o3 released?", "en", NumberAsked.Date)]
    [InlineData("\u00bfEn qu\u00e9 a\u00f1o naci\u00f3 Karpathy?", "es", NumberAsked.Date)]
    [InlineData("Wanneer verscheen Claude Code?", "nl", NumberAsked.Date)]
    [InlineData("How do models learn when rewards can be checked?", "en", NumberAsked.None)]
    [InlineData("What does quantum computing mean here?", "en", NumberAsked.None)]
    public void TellsWhetherAQuestionAsksForACountOrADate(string question, string lang, NumberAsked asked) =>
        Assert.Equal(asked, NumberQuestions.Asks(question, lang));

    [Theory]
    [InlineData("The industry has realised less than 10% of it.", NumberAsked.Count, true)]
    [InlineData("Karpathy lists six paradigm changes.", NumberAsked.Count, true)]
    [InlineData("\u603b\u7ed3\u4e86\u516d\u5927\u8303\u5f0f\u8f6c\u53d8\u3002", NumberAsked.Count, true)]
    [InlineData("In 2025 RLVR became a new stage.", NumberAsked.Count, false)]
    [InlineData("In 2025 RLVR became a new stage.", NumberAsked.Date, true)]
    [InlineData("\u7b2c\u56db\uff0c\u7ed9\u7528\u6237\u4e00\u4e2a\u81ea\u4e3b\u6027\u6ed1\u5757\u3002", NumberAsked.Count, false)]
    [InlineData("\u7b2c\u5341\u4e8c\u7ae0", NumberAsked.Count, false)]
    [InlineData("GPT-2 and DeepSeek R1 came first.", NumberAsked.Count, false)]
    [InlineData("GPT-2 and DeepSeek R1 came first.", NumberAsked.Date, false)]
    public void APassageAnswersACountWithAFigureThatIsNoYearAndADateWithDigits(string text, NumberAsked asked, bool answers) =>
        Assert.Equal(answers, NumberQuestions.Answers(text, asked));
}
