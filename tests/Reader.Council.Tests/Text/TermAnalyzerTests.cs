using Reader.Council.Text;

namespace Reader.Council.Tests.Text;

public sealed class TermAnalyzerTests
{
    [Fact]
    public void StemsDropsQuestionWordsAndFoldsAccents()
    {
        Assert.Equal(["benchmark", "lost", "trust"], TermAnalyzer.Analyze("What does the author say: benchmarks lost trust?", "en"));
        Assert.Equal(TermAnalyzer.Analyze("perdi\u00f3", "es"), TermAnalyzer.Analyze("perdiera", "es"));
        Assert.Equal(TermAnalyzer.Analyze("verificables", "es"), TermAnalyzer.Analyze("verificable", "es"));
        Assert.Equal(TermAnalyzer.Analyze("f\u00fatbol", "es"), TermAnalyzer.Analyze("futbol", "es"));
    }

    [Theory]
    [InlineData("How does the LLM Council work?", "en")]
    [InlineData("\u00bfC\u00f3mo funciona el LLM Council?", "es")]
    [InlineData("Como funciona o LLM Council?", "pt")]
    [InlineData("Hoe werkt de LLM Council?", "nl")]
    public void HowSomethingWorksAsksAboutTheThingAlone(string question, string lang) =>
        Assert.Equal(["llm", "council"], TermAnalyzer.Analyze(question, lang));

    [Fact]
    public void SpanishFeminineFunctionWordsAreDroppedLikeTheirMasculineForms()
    {
        // Snowball's Spanish list has unos and todos but not unas and todas.
        Assert.Equal(TermAnalyzer.Analyze("unos modelos y todos los datos", "es"), TermAnalyzer.Analyze("unas modelos y todas las datos", "es"));
        Assert.Equal(["model", "dat"], TermAnalyzer.Analyze("unas modelos y toda la datos", "es"));
    }

    [Fact]
    public void ChineseBecomesBigramsWithoutQuestionWords()
    {
        Assert.Equal(["\u6c1b\u56f4", "\u56f4\u7f16", "\u7f16\u7801"], TermAnalyzer.Analyze("\u4ec0\u4e48\u662f\u6c1b\u56f4\u7f16\u7801\uff1f", "zh"));
    }

    [Fact]
    public void HyphenatedModelNamesAreAlsoKeptWhole()
    {
        Assert.Equal(["gpt", "gpt5"], TermAnalyzer.Analyze("What about GPT-5?", "en"));
        Assert.Equal(["pretrain", "gpt", "gpt2", "3", "2020", "5"], TermAnalyzer.Analyze("Pretraining (GPT-2/3 of ~2020) and 5 more", "en"));
        Assert.Equal(["fine", "tune"], TermAnalyzer.Analyze("fine-tuning", "en"));
    }
}
