using System.Text.Json;

namespace Reader.Cli.Tests;

public class AlignCommandTests
{
    [Fact]
    public async Task JsonGroupsPartitionEveryIngestedUnit()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("align", "--json", "--content", CliRunner.Content);
        var (_, ingestOut, _) = await CliRunner.RunAsync("ingest", "--json", "--content", CliRunner.Content);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        using var ingest = JsonDocument.Parse(ingestOut);
        var grouped = new List<string>();
        foreach (var group in json.RootElement.GetProperty("groups").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(group.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(group.GetProperty("section").GetString()));
            Assert.InRange(group.GetProperty("score").GetDouble(), 0, 1);
            grouped.AddRange(group.GetProperty("units").EnumerateArray().Select(u => u.GetString()!));
        }
        var ingested = ingest.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("units").EnumerateArray())
            .Select(u => u.GetProperty("id").GetString()!)
            .ToList();
        Assert.Equal(grouped.Count, grouped.Distinct().Count());
        Assert.Equal(ingested.Order(), grouped.Order());
    }

    [Fact]
    public async Task OriginalParagraphsSpreadOverManyGroups()
    {
        var (_, stdout, _) = await CliRunner.RunAsync("align", "--json", "--content", CliRunner.Content);

        using var json = JsonDocument.Parse(stdout);
        var withOriginal = json.RootElement.GetProperty("groups").EnumerateArray()
            .Count(g => g.GetProperty("units").EnumerateArray().Any(u => u.GetString()!.StartsWith("en-", StringComparison.Ordinal)));
        Assert.True(withOriginal >= 15, $"{withOriginal} groups hold original paragraphs");
    }

    [Fact]
    public async Task HumanOutputIsATableWithASummaryLine()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("align", "--content", CliRunner.Content);

        Assert.Equal(0, exit);
        Assert.Contains("g-shift-1-01", stdout);
        Assert.Contains("original text", stdout);
        Assert.Matches(@"\d+ groups \(\d+ holding original paragraphs\) over \d+ units", stdout);
    }
}
