using Reader.Council.Text;

namespace Reader.Council.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Why did benchmarks lose their credibility?", "en")]
    [InlineData("\u00bfPor qu\u00e9 los benchmarks perdieron la confianza?", "es")]
    [InlineData("Por que os benchmarks perderam a confian\u00e7a?", "pt")]
    [InlineData("\u4e3a\u4ec0\u4e48\u57fa\u51c6\u6d4b\u8bd5\u5931\u53bb\u4e86\u4fe1\u4efb\uff1f", "zh")]
    [InlineData("Waarom is het vertrouwen in benchmarks afgenomen?", "nl")]
    [InlineData("RLVR", "en")]
    public void DetectsTheFiveLanguages(string question, string lang) => Assert.Equal(lang, LanguageDetector.Detect(question));
}
