using System.Net;
using System.Text;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

/// <summary>What SIGTERM does: the host's stop, which lets requests in flight finish and refuses new connections.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_lets_a_request_in_flight_finish_then_refuses_new_ones()
    {
        var server = await ServerHarness.StartAsync(o => o with { ShutdownTimeout = TimeSpan.FromSeconds(10) }, kestrel: true);
        server.Ask.Delay = TimeSpan.FromMilliseconds(800);
        var address = server.Address!;
        var inFlight = server.Client.PostAsync("/api/ask", new StringContent("{\"question\":\"q\"}", Encoding.UTF8, "application/json"));
        await WaitUntil(() => !server.Ask.Questions.IsEmpty);

        var stopping = server.App.StopAsync();
        var response = await inFlight;
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"answerable\":true", await response.Content.ReadAsStringAsync());
        using var fresh = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.GetAsync(new Uri(address, "/healthz")));
        await server.App.DisposeAsync();
    }

    [Fact]
    public async Task Stopping_gives_up_on_a_request_that_outlives_the_shutdown_timeout()
    {
        var server = await ServerHarness.StartAsync(o => o with { ShutdownTimeout = TimeSpan.FromMilliseconds(300) }, kestrel: true);
        server.Ask.Delay = TimeSpan.FromSeconds(30);
        var inFlight = server.Client.PostAsync("/api/ask", new StringContent("{\"question\":\"q\"}", Encoding.UTF8, "application/json"));
        await WaitUntil(() => !server.Ask.Questions.IsEmpty);
        var started = System.Diagnostics.Stopwatch.StartNew();

        await server.App.StopAsync();

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"stop took {started.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => inFlight);
        await server.App.DisposeAsync();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition(), "condition not met within 5 s");
    }
}
