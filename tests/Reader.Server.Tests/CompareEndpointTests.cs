using System.Net;
using System.Text.Json;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class CompareEndpointTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Compare_returns_the_unit_and_every_version_in_its_group()
    {
        var response = await _server.Client.GetAsync("/api/compare/es-0002");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("es-0002", root.GetProperty("unit").GetProperty("id").GetString());
        Assert.Equal("es", root.GetProperty("unit").GetProperty("doc").GetString());
        var group = root.GetProperty("group");
        Assert.Equal("g-shift-1-01", group.GetProperty("id").GetString());
        Assert.Equal("shift-1", group.GetProperty("section").GetString());
        Assert.Equal(0.88, group.GetProperty("score").GetDouble());
        Assert.Equal("RLVR terms", group.GetProperty("explanation").GetString());
        var units = group.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["en-0002", "es-0002", "zh-0002"], units.Select(u => u.GetProperty("id").GetString()));
        Assert.Equal(["en", "es", "zh"], units.Select(u => u.GetProperty("lang").GetString()));
        Assert.Equal("\u53ef\u9a8c\u8bc1\u5956\u52b1\u7684\u5f3a\u5316\u5b66\u4e60\u51fa\u73b0\u4e86\u3002", units[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_passage_only_one_version_has_is_its_own_group()
    {
        var response = await _server.Client.GetAsync("/api/compare/es-0003");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var units = json.RootElement.GetProperty("group").GetProperty("units").EnumerateArray();
        Assert.Equal(["es-0003"], units.Select(u => u.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Langs_keeps_only_the_chosen_versions()
    {
        var response = await _server.Client.GetAsync("/api/compare/en-0001?langs=zh,en");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var units = json.RootElement.GetProperty("group").GetProperty("units").EnumerateArray();
        Assert.Equal(["en-0001", "zh-0001"], units.Select(u => u.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_unknown_unit_gets_404_with_near_matches()
    {
        var response = await _server.Client.GetAsync("/api/compare/en-0003");

        var problem = await Problem.AssertAsync(response, 404);
        Assert.Equal("No unit 'en-0003'.", Problem.Detail(problem));
        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal("en-0001", suggestions[0]);
        Assert.Contains("en-0002", suggestions);
    }

    [Theory]
    [InlineData("/api/compare/en%3B0001", "A unit id is")]
    [InlineData("/api/compare/%3Cscript%3E", "A unit id is")]
    [InlineData("/api/compare/en-0001?langs=en,xx", "langs lists languages")]
    public async Task A_malformed_id_or_language_list_gets_400(string url, string detail)
    {
        var response = await _server.Client.GetAsync(url);

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Contains(detail, Problem.Detail(problem));
    }

    [Fact]
    public async Task An_overlong_id_gets_400()
    {
        var response = await _server.Client.GetAsync("/api/compare/" + new string('a', 101));

        await Problem.AssertAsync(response, 400);
    }
}
