namespace Reader.Search.Tests;

public sealed class IndexStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-search-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private SearchIndex Open(Reader.Core.Documents.Corpus? corpus = null) =>
        SearchIndex.Open(corpus ?? MiniCorpus.Corpus, null, new SearchIndexOptions { Folder = _root });

    [Fact]
    public void The_first_open_builds_and_the_next_reuses_the_same_folder()
    {
        string folder;
        using (var first = Open())
        {
            Assert.True(first.Built);
            folder = first.Folder!;
            Assert.True(Directory.Exists(folder));
        }

        using var second = Open();

        Assert.False(second.Built);
        Assert.Equal(folder, second.Folder);
        Assert.NotEmpty(second.Search("fantasmas").Hits);
    }

    [Fact]
    public void A_changed_corpus_is_rebuilt_into_a_new_folder_and_the_old_one_removed()
    {
        string oldFolder;
        using (var first = Open())
        {
            oldFolder = first.Folder!;
        }
        var edited = MiniCorpus.Build(t => t.StartsWith("De LLM Council", StringComparison.Ordinal) ? t + " Zebra." : t);

        using var second = Open(edited);

        Assert.True(second.Built);
        Assert.NotEqual(oldFolder, second.Folder);
        Assert.False(Directory.Exists(oldFolder));
        Assert.Equal("nl-g-council", second.Search("zebra").Hits[0].Unit.Id);
    }

    [Fact]
    public void Other_groups_change_the_fingerprint()
    {
        using var singletons = SearchIndex.Open(MiniCorpus.Corpus, null, SearchIndexOptions.InMemory);
        using var aligned = SearchIndex.Open(MiniCorpus.Corpus, MiniCorpus.Aligned, SearchIndexOptions.InMemory);

        Assert.NotEqual(singletons.Fingerprint, aligned.Fingerprint);
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("scramble")]
    [InlineData("delete-commit")]
    [InlineData("empty-folder")]
    public void A_damaged_index_is_rebuilt_not_fatal(string damage)
    {
        string folder;
        using (var first = Open())
        {
            folder = first.Folder!;
        }
        Damage(folder, damage);

        using var second = Open();

        Assert.True(second.Built);
        Assert.Equal("es-g-ghosts", second.Search("fantasmas").Hits[0].Unit.Id);
    }

    [Fact]
    public void A_missing_index_folder_is_rebuilt()
    {
        using (Open())
        {
        }
        Directory.Delete(_root, recursive: true);

        using var second = Open();

        Assert.True(second.Built);
        Assert.NotEmpty(second.Search("vibe").Hits);
    }

    [Fact]
    public void Nothing_but_the_finished_index_is_left_in_the_root()
    {
        using var index = Open();

        var folders = Directory.GetDirectories(_root).Select(Path.GetFileName).ToList();
        Assert.Equal([index.Fingerprint], folders);
    }

    [Fact]
    public void Folders_the_store_did_not_make_are_left_alone()
    {
        var mine = Path.Combine(_root, "notes");
        Directory.CreateDirectory(mine);
        using (Open())
        {
        }
        var edited = MiniCorpus.Build(t => t + " x");

        using var second = Open(edited);

        Assert.True(Directory.Exists(mine));
    }

    private static void Damage(string folder, string how)
    {
        var files = Directory.GetFiles(folder).OrderByDescending(f => new FileInfo(f).Length).ToList();
        switch (how)
        {
            case "truncate":
                using (var stream = new FileStream(files[0], FileMode.Open))
                {
                    stream.SetLength(stream.Length / 2);
                }
                break;
            case "scramble":
                var bytes = File.ReadAllBytes(files[0]);
                for (var i = bytes.Length / 3; i < bytes.Length / 3 + 16 && i < bytes.Length; i++)
                {
                    bytes[i] ^= 0x5A;
                }
                File.WriteAllBytes(files[0], bytes);
                break;
            case "delete-commit":
                foreach (var segments in files.Where(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
                {
                    File.Delete(segments);
                }
                break;
            case "empty-folder":
                files.ForEach(File.Delete);
                break;
        }
    }
}
