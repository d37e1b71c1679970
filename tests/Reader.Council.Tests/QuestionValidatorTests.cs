using Reader.Council.Answers;
using Reader.Core;

namespace Reader.Council.Tests;

public sealed class QuestionValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData(null)]
    public void AnEmptyQuestionIsBadInput(string? question)
    {
        var error = Assert.Throws<ReaderInputException>(() => QuestionValidator.Validate(question));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void AHundredKilobyteQuestionIsBadInput()
    {
        var error = Assert.Throws<ReaderInputException>(() => QuestionValidator.Validate(new string('a', 100 * 1024)));
        Assert.Contains("102400 characters", error.Message);
    }

    [Theory]
    [InlineData("what\u0000is RLVR")]
    [InlineData("\u001b[2Jwhat is RLVR")]
    [InlineData("bell\u0007")]
    [InlineData("next\u0085line")]
    public void ControlCharactersAreBadInput(string question)
    {
        var error = Assert.Throws<ReaderInputException>(() => QuestionValidator.Validate(question));
        Assert.Contains("control character", error.Message);
    }

    [Fact]
    public void LineBreaksAndTabsAreFoldedIntoSpaces()
    {
        Assert.Equal("What is RLVR?", QuestionValidator.Validate("  What\tis\r\nRLVR? \n"));
    }
}
