using System.Text.Json;

namespace Reader.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "reader-cli-search", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }

    private Task<(int Exit, string Out, string Err)> Search(params string[] args) =>
        CliRunner.RunAsync(["search", .. args, "--content", CliRunner.Content, "--index", _index]);

    [Fact]
    public async Task JsonPrintsOneObjectWithTheContractShape()
    {
        var (exit, stdout, _) = await Search("vibe coding", "--json", "--top", "3");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["query", "lang", "hits"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("vibe coding", root.GetProperty("query").GetString());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal(["unit", "doc", "lang", "section", "group", "score", "text", "snippet"], hit.EnumerateObject().Select(p => p.Name));
            Assert.Contains(hit.GetProperty("lang").GetString(), new[] { "en", "es", "pt", "zh", "nl" });
        }
        Assert.Equal("shift-5", hits[0].GetProperty("section").GetString());
        Assert.Contains("<mark>", hits[0].GetProperty("snippet").GetString());
        Assert.True(hits.Select(h => h.GetProperty("group").GetString()).Distinct().Count() <= 3);
    }

    [Fact]
    public async Task HumanOutputIsATableWithMarkedMatches()
    {
        var (exit, stdout, _) = await Search("vibe coding", "--top", "2");

        Assert.Equal(0, exit);
        Assert.Contains("shift-5", stdout);
        Assert.Contains("[vibe]", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("section", stdout);
    }

    [Fact]
    public async Task A_chinese_query_without_spaces_finds_chinese_paragraphs()
    {
        var (exit, stdout, _) = await Search("\u6C1B\u56F4\u7F16\u7801", "--json"); // 氛围编码

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("zh", json.RootElement.GetProperty("lang").GetString());
        var first = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("zh", first.GetProperty("lang").GetString());
        Assert.Equal("shift-5", first.GetProperty("section").GetString());
    }

    [Fact]
    public async Task LangOptionIsReported()
    {
        var (exit, stdout, _) = await Search("Claude Code", "--lang", "nl", "--json", "--top", "1");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("nl", json.RootElement.GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("\"vibe coding")]
    [InlineData("AND")]
    [InlineData("OR NOT")]
    [InlineData("*")]
    [InlineData("vibe\u0000\u001B[31mcoding")]
    public async Task BadQueriesAreSearchedSanitisedWithExitZero(string query)
    {
        var (exit, stdout, stderr) = await Search(query, "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("hits").ValueKind);
    }

    [Fact]
    public async Task AFiveThousandCharacterQueryIsSearched()
    {
        var query = string.Concat(Enumerable.Repeat("ghosts animals ", 340));
        Assert.True(query.Length >= 5000);

        var (exit, stdout, _) = await Search(query, "--json", "--top", "1");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("shift-2", json.RootElement.GetProperty("hits")[0].GetProperty("section").GetString());
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("   ", null, null)]
    [InlineData("vibe", "--top", "0")]
    [InlineData("vibe", "--top", "1001")]
    [InlineData("vibe", "--lang", "xx")]
    public async Task UsageErrorsAreOneLineWithExitTwo(string query, string? option, string? value)
    {
        string[] args = option is null ? [query] : [query, option, value!];

        var (exit, stdout, stderr) = await Search(args);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", stderr);
    }

    [Fact]
    public async Task TheIndexIsBuiltOnceAndReused()
    {
        await Search("vibe", "--json");
        var folders = Directory.GetDirectories(_index);
        var written = Directory.GetFiles(Assert.Single(folders)).Max(File.GetLastWriteTimeUtc);

        await Search("ghosts", "--json");

        Assert.Equal(folders, Directory.GetDirectories(_index));
        Assert.Equal(written, Directory.GetFiles(folders[0]).Max(File.GetLastWriteTimeUtc));
    }
}
