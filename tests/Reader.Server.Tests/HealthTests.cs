using System.Net;
using System.Text.Json;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_200_with_counts_once_the_index_is_loaded()
    {
        await using var server = await ServerHarness.StartAsync();
        await server.Client.GetAsync("/api/search?q=x");

        var response = await server.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("units").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("groups").GetInt32());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Health_is_503_while_loading_and_requests_wait_for_the_load()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ServerHarness.StartAsync(beforeLoad: _ => release.Task);

        var loading = await server.Client.GetAsync("/healthz");
        var search = server.Client.GetAsync("/api/search?q=2025");
        await Task.Delay(100);
        Assert.False(search.IsCompleted);
        release.SetResult();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Contains("\"status\":\"loading\"", await loading.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await search).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_failed_load_gives_503_on_health_and_api_with_a_one_line_reason()
    {
        await using var server = await ServerHarness.StartAsync(beforeLoad: _ => throw new IOException("index folder is not writable"));

        var search = await server.Client.GetAsync("/api/search?q=2025");
        var health = await server.Client.GetAsync("/healthz");

        var problem = await Problem.AssertAsync(search, 503);
        Assert.Contains("index folder is not writable", Problem.Detail(problem));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("not writable", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Health_answers_head_requests()
    {
        await using var server = await ServerHarness.StartAsync();
        await server.Client.GetAsync("/api/search?q=x");

        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
