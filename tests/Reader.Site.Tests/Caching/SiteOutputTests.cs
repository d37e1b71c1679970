using Reader.Site.Caching;

namespace Reader.Site.Tests.Caching;

public sealed class SiteOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-site-output-" + Guid.NewGuid().ToString("N"));

    private string Site => Path.Combine(_root, "_site");

    private BlobStore Blobs => new(Path.Combine(_root, "blobs"));

    public SiteOutputTests()
    {
        SiteBuilder.Build(FixtureCorpus.Model(withSearch: false), Site);
    }

    [Fact]
    public void ACapturedSiteMatchesItselfAndRestoresByteForByte()
    {
        var manifest = SiteOutput.Capture(Site, Blobs);
        var before = Snapshot(Site);
        Assert.True(SiteOutput.Matches(Site, manifest));

        Directory.Delete(Site, recursive: true);
        Assert.False(SiteOutput.Matches(Site, manifest));
        Assert.True(SiteOutput.TryRestore(Site, manifest, Blobs));

        Assert.Equal(before, Snapshot(Site));
        Assert.Equal(manifest.Select(f => f.Path), before.Keys);
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    public void AnyChangeToTheOutputIsNoticed(string change)
    {
        var manifest = SiteOutput.Capture(Site, Blobs);
        var page = Path.Combine(Site, "index.html");
        switch (change)
        {
            case "edited":
                File.WriteAllText(page, File.ReadAllText(page).Replace("<html", "<html data-x"));
                break;
            case "deleted":
                File.Delete(page);
                break;
            default:
                File.WriteAllText(Path.Combine(Site, "reader", "extra.html"), "x");
                break;
        }

        Assert.False(SiteOutput.Matches(Site, manifest));
    }

    [Fact]
    public void AMissingBlobLeavesTheOutputAsItWas()
    {
        var manifest = SiteOutput.Capture(Site, Blobs);
        File.Delete(Directory.GetFiles(Blobs.Root, "*.bin", SearchOption.AllDirectories).First());
        File.WriteAllText(Path.Combine(Site, "index.html"), "edited");
        var before = Snapshot(Site);

        Assert.False(SiteOutput.TryRestore(Site, manifest, Blobs));

        Assert.Equal(before, Snapshot(Site));
        Assert.Equal(["_site", "blobs"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order());
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(File.ReadAllBytes(f))),
        StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
