using Reader.Core.Documents;
using Reader.Core.Ingestion;

namespace Reader.Core.Tests.Ingestion;

/// <summary>A different article set (tea, in three languages) goes through ingestion with no code change.</summary>
public class SecondArticleSetTests
{
    private static readonly Lazy<IngestResult> Result = new(() => Ingestor.Ingest(RepoPaths.Fixture("tea-article")));

    private static Corpus Corpus => Result.Value.Corpus;

    private static string SectionOf(string doc, string quote) =>
        Corpus.GetDocument(doc).Units.Single(u => u.Text.Contains(quote, StringComparison.Ordinal)).Section;

    [Fact]
    public void IngestsEveryDocumentOfTheManifestWithoutWarnings()
    {
        Assert.Equal(["en", "es", "nl"], Corpus.Documents.Select(d => d.Id));
        Assert.Empty(Result.Value.Warnings);
        Assert.Equal("Three Lessons from a Year of Tea", Corpus.GetDocument("en").Title);
        Assert.Equal("A. Brewer", Corpus.GetDocument("en").Metadata["author"]);
        Assert.Equal("Drie lessen over thee", Corpus.GetDocument("nl").Title);
    }

    [Theory]
    [InlineData("en", "I drank a lot of tea", "intro")]
    [InlineData("en", "Green tea wants water", "lesson-1")]
    [InlineData("en", "Oolong can be steeped", "lesson-2")]
    [InlineData("en", "A tin works better", "lesson-3")]
    [InlineData("en", "every cup improves", "conclusion")]
    [InlineData("es", "Un bebedor de té", "intro")]
    [InlineData("es", "El té negro perdona más", "lesson-1")]
    [InlineData("es", "El oolong se puede", "lesson-2")]
    [InlineData("es", "Guarde el té lejos", "lesson-3")]
    [InlineData("es", "cada taza mejora", "conclusion")]
    [InlineData("nl", "Bewaar thee in een blik", "lesson-3")]
    [InlineData("nl", "Kokend water maakt hem bitter", "lesson-1")]
    [InlineData("nl", "Elke maand proeven we", "other")]
    public void SectionsComeFromEachSourcesOwnStructure(string doc, string quote, string section)
    {
        Assert.Equal(section, SectionOf(doc, quote));
    }

    [Fact]
    public void HeadingsAttachToTheUnitTheyOpen()
    {
        var unit = Corpus.GetDocument("en").Units.Single(u => u.Text.StartsWith("Green tea", StringComparison.Ordinal));
        Assert.Equal("1. Water temperature matters", unit.Heading);
        Assert.DoesNotContain(Corpus.Units, u => u.Text.Contains("example.com", StringComparison.Ordinal) || u.Text.Contains("My tea shop", StringComparison.Ordinal));
        Assert.DoesNotContain(Corpus.Units, u => u.Text.Contains("Cargando", StringComparison.Ordinal));
    }
}
