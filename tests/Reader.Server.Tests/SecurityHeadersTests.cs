using System.Net;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/assets/site.css", HttpStatusCode.OK)]
    [InlineData("/api/search?q=RLVR", HttpStatusCode.OK)]
    [InlineData("/api/compare/en-0001", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/missing.html", HttpStatusCode.NotFound)]
    [InlineData("/api/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/nothing", HttpStatusCode.NotFound)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await _server.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_content_security_policy_names_no_source_outside_the_site()
    {
        var response = await _server.Client.GetAsync("/");
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        var sources = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directive => directive.Split(' ').Skip(1))
            .Distinct()
            .ToList();

        Assert.All(sources, source => Assert.Contains(source, new[] { "'self'", "'none'", "'unsafe-inline'", "data:" }));
        Assert.DoesNotContain(sources, s => s.Contains("http", StringComparison.OrdinalIgnoreCase) || s.Contains('*'));
    }

    [Fact]
    public async Task The_server_does_not_name_itself()
    {
        await using var kestrel = await ServerHarness.StartAsync(kestrel: true);

        var response = await kestrel.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }
}
