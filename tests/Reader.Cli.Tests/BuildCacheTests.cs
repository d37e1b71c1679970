using System.Text.Json;

namespace Reader.Cli.Tests;

/// <summary><c>reader build</c> reruns exactly the stages whose inputs changed, and a cache that went bad costs a rebuild, never an error.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private static readonly string[] Stages = ["ingest", "align", "index", "council", "site"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"reader-build-cache-{Guid.NewGuid():N}");

    private string Out => Path.Combine(_root, "_site");

    private string Cache => Path.Combine(_root, "cache");

    [Fact]
    public async Task ARebuildWithNoChangeRunsNoStageAndLeavesTheSiteByteIdentical()
    {
        var cold = await BuildAsync();
        Assert.Equal(Stages, Ran(cold));
        var site = Snapshot(Out);
        var stamps = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var warm = await BuildAsync();

        Assert.Empty(Ran(warm));
        Assert.True(warm.GetProperty("cached").GetBoolean());
        Assert.False(warm.GetProperty("written").GetBoolean());
        Assert.Equal(site, Snapshot(Out));
        Assert.Equal(stamps, Directory.GetFiles(Out, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        foreach (var summary in new[] { "pages", "files", "bytes", "groups" })
        {
            Assert.Equal(cold.GetProperty(summary).GetInt64(), warm.GetProperty(summary).GetInt64());
        }
    }

    [Fact]
    public async Task AMissingOrEditedSiteIsRestoredFromTheCache()
    {
        await BuildAsync();
        var site = Snapshot(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "edited");
        File.Delete(Path.Combine(Out, "reader", "en.html"));
        File.WriteAllText(Path.Combine(Out, "stray.html"), "stray");

        var restored = await BuildAsync();
        Assert.Empty(Ran(restored));
        Assert.True(restored.GetProperty("written").GetBoolean());
        Assert.Equal(site, Snapshot(Out));

        Directory.Delete(Out, recursive: true);
        Assert.Empty(Ran(await BuildAsync()));
        Assert.Equal(site, Snapshot(Out));
    }

    [Fact]
    public async Task EditingATemplateRerunsOnlyTheSiteStageAndMatchesAColdBuild()
    {
        var theme = CopyFolder(Path.Combine(CliRunner.RepoRoot, "themes", "default"), Path.Combine(_root, "theme"));
        await BuildAsync("--theme", theme);
        var template = Path.Combine(theme, "pages", "home.liquid");
        File.AppendAllText(template, "\n<p id=\"edited-home\">edited</p>\n");

        var edited = await BuildAsync("--theme", theme);

        // The index stage makes the analyzers the site stage uses; it is not cached on its own.
        Assert.Equal(["index", "site"], Ran(edited));
        Assert.Contains("id=\"edited-home\"", File.ReadAllText(Path.Combine(Out, "index.html")));

        // A site built from the cached corpus, alignment and answers is the site a cold build makes.
        var fromCache = Snapshot(Out);
        var cold = await BuildAsync("--theme", theme, "--no-cache");
        Assert.Equal(Stages, Ran(cold));
        Assert.Equal(fromCache, Snapshot(Out));
    }

    [Fact]
    public async Task EditingASourceRerunsIngestAndEverythingDownstream()
    {
        var content = CopyFolder(CliRunner.Content, Path.Combine(_root, "content"));
        await BuildAsync("--content", content);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(content, "sources.json"))).RootElement;
        var dutch = manifest.GetProperty("sources").EnumerateArray()
            .First(s => s.GetProperty("documents").EnumerateArray().Any(d => d.GetProperty("id").GetString() == "nl"));
        var source = Path.Combine(content, "sources", dutch.GetProperty("file").GetString()!);
        File.WriteAllText(source, File.ReadAllText(source).Replace("Vibe Coding", "Vibe Codingzz", StringComparison.Ordinal));

        var edited = await BuildAsync("--content", content);

        Assert.Equal(Stages, Ran(edited));
        Assert.Contains("Vibe Codingzz", File.ReadAllText(Path.Combine(Out, "reader", "nl.html")));
    }

    [Fact]
    public async Task CorruptCacheEntriesAreRebuiltSilently()
    {
        await BuildAsync();
        var site = Snapshot(Out);
        Corrupt(Directory.GetFiles(Path.Combine(Cache, "site")).Single());
        Corrupt(Directory.GetFiles(Path.Combine(Cache, "ingest")).Single());

        var (exit, stdout, stderr) = await CliRunner.RunAsync("build", "--json", "--content", CliRunner.Content, "--out", Out, "--cache-dir", Cache);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("cache", stderr, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["ingest", "index", "site"], Ran(json.RootElement));
        Assert.Equal(site, Snapshot(Out));
        Assert.Empty(Ran(await BuildAsync()));
    }

    [Fact]
    public async Task ADamagedCachedFileIsNotRestoredButRebuilt()
    {
        await BuildAsync();
        var site = Snapshot(Out);
        foreach (var blob in Directory.GetFiles(Path.Combine(Cache, "blobs"), "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(blob, "damaged");
        }
        Directory.Delete(Out, recursive: true);

        var rebuilt = await BuildAsync();

        Assert.Equal(["index", "site"], Ran(rebuilt));
        Assert.Equal(site, Snapshot(Out));
    }

    [Fact]
    public async Task NoCacheRunsEveryStage()
    {
        await BuildAsync();
        var site = Snapshot(Out);

        var forced = await BuildAsync("--no-cache");

        Assert.Equal(Stages, Ran(forced));
        Assert.False(forced.GetProperty("cached").GetBoolean());
        Assert.Equal(site, Snapshot(Out));
    }

    private async Task<JsonElement> BuildAsync(params string[] extra)
    {
        string[] args = ["build", "--json", "--out", Out, "--cache-dir", Cache, .. extra];
        if (!extra.Contains("--content"))
        {
            args = [.. args, "--content", CliRunner.Content];
        }
        var (exit, stdout, stderr) = await CliRunner.RunAsync(args);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>The stages that ran rather than came from the cache, in run order.</summary>
    private static IReadOnlyList<string> Ran(JsonElement summary) => summary.GetProperty("stages").EnumerateObject()
        .Where(s => !s.Value.GetProperty("cached").GetBoolean())
        .Select(s => s.Name)
        .ToList();

    /// <summary>Flips one byte in the middle of a file: the JSON may well still parse, only its checksum shows the damage.</summary>
    private static void Corrupt(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var i = bytes.Length / 2;
        bytes[i] = bytes[i] == (byte)'a' ? (byte)'b' : (byte)'a';
        File.WriteAllBytes(path, bytes);
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
