using System.Text.Json;

namespace Reader.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"reader-build-{Guid.NewGuid():N}");

    private string Out => Path.Combine(_root, "_site");

    private string Cache => Path.Combine(_root, "cache");

    [Fact]
    public async Task JsonSummarisesTheBuiltSite()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("build", "--json", "--content", CliRunner.Content, "--out", Out, "--cache-dir", Cache);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var summary = json.RootElement;
        var pages = Directory.GetFiles(Out, "*.html", SearchOption.AllDirectories);
        Assert.Equal(pages.Length, summary.GetProperty("pages").GetInt32());
        Assert.True(pages.Length >= 19, $"{pages.Length} pages");
        Assert.Equal(Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length), summary.GetProperty("bytes").GetInt64());
        Assert.True(summary.GetProperty("search").GetBoolean());
        Assert.True(File.Exists(Path.Combine(Out, "assets", "search-index.js")));
        Assert.True(File.Exists(Path.Combine(Out, "reader", "zh-summary.html")));
        Assert.True(summary.GetProperty("seconds").GetDouble() > 0);
        Assert.Equal(["ingest", "align", "index", "council", "site"], summary.GetProperty("stages").EnumerateObject().Select(p => p.Name));
        Assert.All(summary.GetProperty("stages").EnumerateObject(), s => Assert.True(s.Value.GetProperty("ms").GetDouble() >= 0));

        // Aligned: fewer groups than units, so cards and compare rows hold several versions.
        var units = Directory.GetFiles(Path.Combine(Out, "reader"), "*.html").Sum(f => File.ReadAllText(f).Split("class=\"para\"").Length - 1);
        Assert.InRange(summary.GetProperty("groups").GetInt32(), 1, units - 1);

        // The offline council answered one curated question per shift, with citations into the reader.
        var ask = File.ReadAllText(Path.Combine(Out, "ask.html"));
        Assert.Equal(6, ask.Split("<article class=\"answer\"").Length - 1);
        Assert.Contains("href=\"reader/", ask);
    }

    [Fact]
    public async Task HumanOutputIsASummaryTable()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("build", "--content", CliRunner.Content, "--out", Out, "--cache-dir", Cache);

        Assert.Equal(0, exit);
        Assert.Contains("pages", stdout);
        Assert.Contains("KiB", stdout);
        Assert.Contains(" s ", stdout);
    }

    [Fact]
    public async Task BadContentIsOneLineExitTwoAndLeavesTheOldSite()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "old");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("build", "--content", "/nonexistent/set", "--out", Out, "--cache-dir", Cache);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Out, "index.html")));
    }

    [Fact]
    public async Task AFailedSiteStageLeavesNoHalfWrittenSite()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "index.html"), "old");
        var emptyTheme = Directory.CreateDirectory(Path.Combine(_root, "theme")).FullName;

        var (exit, _, stderr) = await CliRunner.RunAsync("build", "--content", CliRunner.Content, "--out", Out, "--cache-dir", Cache, "--theme", emptyTheme);

        Assert.NotEqual(0, exit);
        Assert.StartsWith("error: ", stderr.Split('\n').Last(l => l.Length > 0));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Out, "index.html")));
        // The stages before the site are cached; no staging folder is left behind.
        Assert.Equal(["_site", "cache", "theme"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order());
        Assert.False(Directory.Exists(Path.Combine(Cache, "site")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
