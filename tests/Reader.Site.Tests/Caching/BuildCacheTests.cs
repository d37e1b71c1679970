using Reader.Core.Ingestion;
using Reader.Site.Caching;

namespace Reader.Site.Tests.Caching;

public sealed class BuildCacheTests : IDisposable
{
    private const string Key = "0123456789abcdef0123456789abcdef";
    private const string OtherKey = "fedcba9876543210fedcba9876543210";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-cache-" + Guid.NewGuid().ToString("N"));

    private BuildCache Cache => new(_root);

    [Fact]
    public void ACachedCorpusComesBackWithEveryFieldTheSiteShows()
    {
        var corpus = FixtureCorpus.Model().Corpus;
        Cache.Write("ingest", Key, CachedIngest.From(new IngestResult(corpus, ["a warning"])), BuildCacheJson.Default.CachedIngest);

        var back = Cache.TryRead("ingest", Key, BuildCacheJson.Default.CachedIngest)!.ToResult();

        Assert.Equal(["a warning"], back.Warnings);
        Assert.Equal(corpus.Sections.Select(s => (s.Id, string.Join("|", s.Titles))), back.Corpus.Sections.Select(s => (s.Id, string.Join("|", s.Titles))));
        Assert.Equal(corpus.Units, back.Corpus.Units);
        var zh = back.Corpus.GetDocument("zh");
        Assert.Equal((corpus.GetDocument("zh").Origin, "cp1252", 3, 2), (zh.Origin, zh.Repair.Encodings.Single(), zh.Repair.SpansRepaired, zh.Repair.BytesRebuilt));
        Assert.Equal(corpus.GetDocument("zh").Repair.Examples, zh.Repair.Examples);
        Assert.True(back.Corpus.GetDocument("en").Repair.IsClean);
    }

    [Theory]
    [InlineData("payload")]
    [InlineData("truncated")]
    [InlineData("header")]
    [InlineData("garbage")]
    public void ADamagedEntryIsAMissAndIsRemoved(string damage)
    {
        Cache.Write("council", Key, new CachedAnswers([]), BuildCacheJson.Default.CachedAnswers);
        var path = Cache.EntryPath("council", Key);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            // Still valid JSON, so only the checksum can tell.
            "payload" => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("[]", "[ ]")),
            "truncated" => bytes[..^3],
            "header" => [.. "reader-build-cache/0"u8, .. bytes.AsSpan("reader-build-cache/1".Length)],
            _ => "not a cache entry"u8.ToArray(),
        });

        Assert.Null(Cache.TryRead("council", Key, BuildCacheJson.Default.CachedAnswers));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void AnEntryCopiedUnderAnotherKeyOrStageIsAMiss()
    {
        Cache.Write("council", Key, new CachedAnswers([]), BuildCacheJson.Default.CachedAnswers);
        Directory.CreateDirectory(Path.Combine(_root, "site"));
        File.Copy(Cache.EntryPath("council", Key), Cache.EntryPath("council", OtherKey));
        File.Copy(Cache.EntryPath("council", Key), Cache.EntryPath("site", Key));

        Assert.NotNull(Cache.TryRead("council", Key, BuildCacheJson.Default.CachedAnswers));
        Assert.Null(Cache.TryRead("council", OtherKey, BuildCacheJson.Default.CachedAnswers));
        Assert.Null(Cache.TryRead("site", Key, BuildCacheJson.Default.SiteManifest));
    }

    [Fact]
    public void AMissingCacheFolderIsAMissNotAnError()
    {
        Assert.Null(Cache.TryRead("align", Key, BuildCacheJson.Default.CachedAlignment));
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void OnlyTheMostRecentlyUsedEntriesOfAStageAreKept()
    {
        var keys = Enumerable.Range(0, 7).Select(i => i.ToString("x32")).ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            Cache.Write("council", key, new CachedAnswers([]), BuildCacheJson.Default.CachedAnswers);
            File.SetLastWriteTimeUtc(Cache.EntryPath("council", key), DateTime.UtcNow.AddMinutes(i - 10));
        }
        Cache.Write("council", OtherKey, new CachedAnswers([]), BuildCacheJson.Default.CachedAnswers);

        var left = Directory.GetFiles(Path.Combine(_root, "council")).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(new[] { OtherKey }.Concat(keys[3..]).Order(), left);
    }

    [Fact]
    public void ABlobIsServedOnlyWhileItsBytesMatchItsHashAndPutHealsADamagedOne()
    {
        var blobs = Cache.Blobs;
        var hash = blobs.Put("<p>hello</p>"u8);
        Assert.Equal("<p>hello</p>"u8.ToArray(), blobs.TryRead(hash));

        var file = Directory.GetFiles(blobs.Root, "*.bin", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, "<p>hellO</p>");
        Assert.Null(blobs.TryRead(hash));

        Assert.Equal(hash, blobs.Put("<p>hello</p>"u8));
        Assert.Equal("<p>hello</p>"u8.ToArray(), blobs.TryRead(hash));
    }

    [Fact]
    public void BlobsNoSiteEntryRefersToAreRemoved()
    {
        var kept = Cache.Blobs.Put("kept"u8);
        var dropped = Cache.Blobs.Put("dropped"u8);
        Cache.Write("site", Key, new SiteManifest(1, 1, false, [], [new SiteFile("index.html", kept, 4)]), BuildCacheJson.Default.SiteManifest);

        Cache.RemoveUnreferencedBlobs("site", BuildCacheJson.Default.SiteManifest, m => m.Files.Select(f => f.Sha256));

        Assert.NotNull(Cache.Blobs.TryRead(kept));
        Assert.Null(Cache.Blobs.TryRead(dropped));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
