using System.Text.Json;

namespace Reader.Cli.Tests;

public class IngestCommandTests
{
    [Fact]
    public async Task JsonPrintsExactlyOneObjectWithTheContractShape()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("ingest", "--json", "--content", CliRunner.Content);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(6, documents.Count);
        foreach (var doc in documents)
        {
            foreach (var field in new[] { "id", "lang", "kind", "title", "source" })
            {
                Assert.False(string.IsNullOrEmpty(doc.GetProperty(field).GetString()), field);
            }
            Assert.Contains(doc.GetProperty("lang").GetString(), new[] { "en", "es", "pt", "zh", "nl" });
            var unit = doc.GetProperty("units").EnumerateArray().First();
            Assert.StartsWith(doc.GetProperty("id").GetString()!, unit.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(unit.GetProperty("section").GetString()));
            Assert.False(string.IsNullOrEmpty(unit.GetProperty("text").GetString()));
        }
        Assert.Contains(documents, d => d.GetProperty("kind").GetString()!.Contains("summary"));
    }

    [Fact]
    public async Task HumanOutputIsATablePerDocument()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("ingest", "--content", CliRunner.Content);
        Assert.Equal(0, exit);
        foreach (var id in new[] { "en", "es", "pt", "zh", "zh-summary", "nl" })
        {
            Assert.Contains($" {id} ", stdout);
        }
        Assert.Contains("units", stdout);
    }

    [Fact]
    public async Task OutWritesTheCorpusFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reader-corpus-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, _) = await CliRunner.RunAsync("ingest", "--content", CliRunner.Content, "--out", path);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(6, json.RootElement.GetProperty("documents").GetArrayLength());
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task MissingContentIsOneLineAndExitTwoWithNoOutputFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reader-corpus-{Guid.NewGuid():N}.json");
        var (exit, stdout, stderr) = await CliRunner.RunAsync("ingest", "--content", "/nonexistent/set", "--out", path);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", stderr);
        Assert.False(File.Exists(path));
    }
}
