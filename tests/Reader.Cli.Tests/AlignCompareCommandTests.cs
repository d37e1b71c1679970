using System.Text.Json;

namespace Reader.Cli.Tests;

public class AlignCompareCommandTests
{
    [Fact]
    public async Task JsonShowsTheUnitWithItsCounterpartsInOtherVersions()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("compare", "en-shift-5-02", "--json", "--content", CliRunner.Content);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("en-shift-5-02", root.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal("shift-5", root.GetProperty("group").GetProperty("section").GetString());
        var versions = root.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("document").GetString()!);
        Assert.Equal(6, versions.Count);
        foreach (var document in new[] { "es", "pt" })
        {
            var texts = versions[document].GetProperty("units").EnumerateArray().Select(u => u.GetProperty("text").GetString()!);
            Assert.Contains(texts, t => t.Contains("Rust", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task LangsLimitTheVersionsShown()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("compare", "en-shift-5-02", "--langs", "es,pt", "--json", "--content", CliRunner.Content);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var documents = json.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("document").GetString()).ToList();
        Assert.Equal(["es", "pt"], documents);
    }

    [Fact]
    public async Task HumanOutputPutsVersionsSideBySide()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("compare", "en-shift-5-02", "--content", CliRunner.Content);

        Assert.Equal(0, exit);
        Assert.Contains("en-shift-5-02 (shift-5) in group", stdout);
        Assert.Contains("why:", stdout);
        Assert.Contains("es (es, retelling) \u00B7 es-shift-5-", stdout);
        Assert.Contains("\u25B6 ", stdout);
    }

    [Fact]
    public async Task UnknownUnitIsOneLineErrorWithNearMatchesAndExit2()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("compare", "en-shift-5-2", "--content", CliRunner.Content);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no unit 'en-shift-5-2'", line);
        Assert.Contains("en-shift-5-02", line);
    }

    [Fact]
    public async Task UnknownLanguageIsBadInput()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("compare", "en-shift-5-02", "--langs", "en,xx", "--content", CliRunner.Content);

        Assert.Equal(2, exit);
        Assert.Contains("'xx'", stderr);
    }
}
