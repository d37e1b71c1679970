using Reader.Core.Ingestion;

namespace Reader.Core.Tests.Ingestion;

/// <summary>Broken article sets fail with one clear <see cref="ReaderInputException"/>, never a crash.</summary>
public class BadContentTests
{
    [Fact]
    public void MissingContentFolderIsAnInputError()
    {
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest("/nonexistent/content"));
        Assert.Contains("does not exist", ex.Message);
    }

    [Fact]
    public void ManifestNamingAMissingFileIsAnInputError()
    {
        using var copy = new TempContent(RepoPaths.Fixture("tea-article"));
        File.Delete(Path.Combine(copy.Root, "sources", "tea-es.txt"));
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest(copy.Root));
        Assert.Contains("tea-es.txt", ex.Message);
    }

    [Fact]
    public void UnknownLanguageIsAnInputError()
    {
        using var copy = new TempContent(RepoPaths.Fixture("tea-article"));
        var manifest = Path.Combine(copy.Root, "sources.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"lang\": \"nl\"", "\"lang\": \"xx\""));
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest(copy.Root));
        Assert.Contains("unknown language 'xx'", ex.Message);
    }

    [Fact]
    public void BinarySourceIsAnInputError()
    {
        using var copy = new TempContent(RepoPaths.Fixture("tea-article"));
        File.WriteAllBytes(Path.Combine(copy.Root, "sources", "tea-nl.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest(copy.Root));
        Assert.Contains("binary", ex.Message);
    }

    [Fact]
    public void InvalidUtf8IsAnInputError()
    {
        using var copy = new TempContent(RepoPaths.Fixture("tea-article"));
        File.WriteAllBytes(Path.Combine(copy.Root, "sources", "tea-nl.txt"), [0x44, 0x72, 0xC3, 0x28, 0x65]);
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest(copy.Root));
        Assert.Contains("not valid UTF-8", ex.Message);
    }

    [Fact]
    public void MalformedManifestIsAnInputError()
    {
        using var copy = new TempContent(RepoPaths.Fixture("tea-article"));
        File.WriteAllText(Path.Combine(copy.Root, "sources.json"), "{ \"sources\": [ ");
        var ex = Assert.Throws<ReaderInputException>(() => Ingestor.Ingest(copy.Root));
        Assert.Contains("sources.json", ex.Message);
    }
}
