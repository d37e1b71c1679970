using Reader.Search.Languages;

namespace Reader.Search.Tests;

public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector s_detector =
        new(SearchLanguages.KnownCodes.Select(SearchLanguages.Get));

    [Theory]
    [InlineData("What did Karpathy say about the ghosts?", "en")]
    [InlineData("How do the models learn to reason?", "en")]
    [InlineData("\u00BFQu\u00E9 es el vibe coding?", "es")]
    [InlineData("\u00BFPor qu\u00E9 los modelos son como fantasmas?", "es")]
    [InlineData("O que \u00E9 o vibe coding e por que ele importa?", "pt")]
    [InlineData("Como os agentes funcionam no computador?", "pt")]
    [InlineData("Wat is vibe coding en waarom is het belangrijk?", "nl")]
    [InlineData("Hoe werken de agenten op mijn computer?", "nl")]
    [InlineData("\u4EC0\u4E48\u662F\u6C1B\u56F4\u7F16\u7A0B", "zh")]        // 什么是氛围编程
    [InlineData("Claude Code \u662F\u4EC0\u4E48\uFF1F", "zh")]               // Claude Code 是什么？
    public void Function_words_and_script_give_the_language(string query, string lang)
    {
        Assert.Equal(lang, s_detector.Detect(query));
    }

    [Theory]
    [InlineData("RLVR")]
    [InlineData("Claude Code")]
    [InlineData("")]
    [InlineData("12345 !!!")]
    public void Names_and_numbers_alone_give_no_language(string query)
    {
        Assert.Null(s_detector.Detect(query));
    }
}
