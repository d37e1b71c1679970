using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class RateLimitTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() =>
        _server = await ServerHarness.StartAsync(o => o with { AskRateLimit = 2, AskRateWindow = TimeSpan.FromMinutes(1) });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_client_over_its_question_budget_gets_429_with_retry_after()
    {
        Assert.Equal(200, (await AskFrom("10.0.0.1")).Response.StatusCode);
        Assert.Equal(200, (await AskFrom("10.0.0.1")).Response.StatusCode);

        var limited = await AskFrom("10.0.0.1");

        Assert.Equal(429, limited.Response.StatusCode);
        Assert.Equal("application/problem+json", limited.Response.ContentType);
        var retryAfter = int.Parse(limited.Response.Headers.RetryAfter.ToString());
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(2, _server.Ask.Questions.Count);
    }

    [Fact]
    public async Task Each_client_has_its_own_budget()
    {
        await AskFrom("10.0.0.1");
        await AskFrom("10.0.0.1");
        Assert.Equal(429, (await AskFrom("10.0.0.1")).Response.StatusCode);

        Assert.Equal(200, (await AskFrom("10.0.0.2")).Response.StatusCode);
        Assert.Equal(200, (await AskFrom("::ffff:10.0.0.3")).Response.StatusCode);
    }

    [Fact]
    public async Task An_ipv4_mapped_address_counts_as_its_ipv4_client()
    {
        await AskFrom("10.0.0.4");
        await AskFrom("::ffff:10.0.0.4");

        Assert.Equal(429, (await AskFrom("10.0.0.4")).Response.StatusCode);
    }

    [Fact]
    public async Task Search_is_not_limited_by_the_question_budget()
    {
        await AskFrom("10.0.0.5");
        await AskFrom("10.0.0.5");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _server.Client.GetAsync("/api/search?q=RLVR")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private Task<HttpContext> AskFrom(string address) =>
        _server.TestServer!.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/api/ask";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"question\": \"What is RLVR?\"}"));
        });
}
