using Reader.Council.Text;

namespace Reader.Council.Tests.Text;

public sealed class CorpusNamesTests
{
    private static readonly CorpusNames s_names = new(
    [
        "In 2025 Karpathy wrote that we use Cursor daily, like GPT-2 before it.",
        "Claude Code runs on your computer; LLM apps orchestrate calls.",
    ]);

    [Fact]
    public void CapitalisedWordsAcronymsAndModelNumbersAreNamesButNotTheFirstWord()
    {
        Assert.Equal(["Karpathy", "GPT-5", "LLM"], s_names.In("What did Karpathy say about GPT-5 and the LLM?"));
        Assert.Empty(s_names.In("Why is code cheap?"));
    }

    [Fact]
    public void TheFirstWordIsANameWhenTheCorpusWritesItAsOne()
    {
        Assert.Equal(["Cursor"], s_names.In("Cursor is what kind of app?"));
        Assert.Equal(["Claude", "Code"], s_names.In("How does Claude Code work?"));
    }

    [Fact]
    public void NamesNoTextMentionsAreUnknown() =>
        Assert.Equal(["Tesla", "Autopilot"], s_names.Unknown("What did Karpathy say about Tesla Autopilot?"));

    [Fact]
    public void AnotherModelNumberIsUnknownButKnownWordsJoinedByAHyphenAreKnown() =>
        Assert.Equal(["GPT-5"], s_names.Unknown("Is GPT-5 better than LLM-apps and GPT-2?"));
}
