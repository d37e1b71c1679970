using Reader.Core.Text;

namespace Reader.Core.Tests.Text;

public class SentenceSegmenterTests
{
    [Theory]
    [InlineData("en", "Ghosts vs. Animals is a title. It has two parts.", 2)]
    [InlineData("en", "It costs 3.5 dollars, i.e. not much. Fine.", 2)]
    [InlineData("en", "We reached 10%. Then we stopped.", 2)]
    [InlineData("en", "He said \"stop.\" Then he left.", 2)]
    [InlineData("en", "Dr. Smith met J. Doe in the lab. They talked.", 2)]
    [InlineData("es", "¿Qué significa esto? En pocas palabras, nada. ¡Vamos!", 3)]
    [InlineData("es", "Llegó el Sr. García, p. ej. ayer. Todo bien.", 2)]
    [InlineData("es", "Se acerca la «era de la interfaz». Ya llega.", 2)]
    [InlineData("zh", "这是第一句。这是第二句！真的吗？是的。", 4)]
    [InlineData("zh", "“幽灵”而非“动物”。下一句。", 2)]
    [InlineData("nl", "Dit is bijv. een test. Nog een zin.", 2)]
    public void SplitsAtSentenceEndsOnly(string lang, string text, int expected)
    {
        Assert.Equal(expected, new SentenceSegmenter(lang).Split(text).Count);
    }

    [Fact]
    public void KeepsClosingQuoteWithItsSentence()
    {
        var sentences = new SentenceSegmenter("zh").Split("他说：“好的。”然后走了。");
        Assert.Equal(["他说：“好的。”", "然后走了。"], sentences);
    }

    [Fact]
    public void LineBreaksAlwaysEndASentence()
    {
        var sentences = new SentenceSegmenter("en").Split("Pretraining (GPT-2/3 of ~2020)\nSupervised Finetuning");
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void JoinedSentencesKeepEveryNonSpaceCharacter()
    {
        const string text = "  One. Two?  Three!\n¿Cuatro? «Cinco».  ";
        var joined = string.Concat(new SentenceSegmenter("es").Split(text));
        Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), string.Concat(joined.Where(c => !char.IsWhiteSpace(c))));
    }
}
