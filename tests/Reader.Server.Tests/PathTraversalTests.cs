using Reader.Server.Http;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

/// <summary>Requests sent byte for byte over a socket to a real Kestrel, so neither a client library nor the test server normalises the path first.</summary>
public sealed class PathTraversalTests : IAsyncLifetime
{
    private const string Secret = "TOP-SECRET-OUTSIDE-SITE";
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync(kestrel: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/assets/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/assets/../../secret.txt")]
    [InlineData("/secret.txt%00.html")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    [InlineData("/api/compare/..%2f..%2fsecret.txt")]
    public async Task A_path_that_climbs_out_of_the_site_never_reaches_the_file(string target)
    {
        Assert.True(File.Exists(Path.Combine(ServerHarness.FixturesDirectory, "secret.txt")), "the secret beside the site is missing");

        var response = await RawHttp.SendAsync(_server.Address!, target);

        Assert.DoesNotContain(Secret, response.Text);
        Assert.Contains(response.Status, new[] { 400, 404 });
    }

    [Theory]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/assets/%2e%2e/%2e%2e/secret.txt")]
    public async Task Encoded_dots_and_slashes_are_refused_with_problem_json(string target)
    {
        var response = await RawHttp.SendAsync(_server.Address!, target);

        Assert.Equal(400, response.Status);
        Assert.Contains("application/problem+json", response.Text);
        Assert.Contains("The request path is not allowed.", response.Text);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/assets/app.3f9a1c2b.js", true)]
    [InlineData("/api/compare/en-0001", true)]
    [InlineData("/%E6%B0%9B%E5%9B%B4.html", true)]
    [InlineData("/a..b/c.html", true)]
    [InlineData("/../x", false)]
    [InlineData("/./x", false)]
    [InlineData("/a/..", false)]
    [InlineData("/a\\b", false)]
    [InlineData("/a%2Fb", false)]
    [InlineData("/a%5Cb", false)]
    [InlineData("/%2E", false)]
    [InlineData("/a%252e", false)]
    [InlineData("/a%00", false)]
    [InlineData("/a\u0001b", false)]
    public void The_guard_accepts_ordinary_paths_and_refuses_climbing_or_hidden_separators(string path, bool safe) =>
        Assert.Equal(safe, PathGuardMiddleware.IsSafe(path));

    [Fact]
    public async Task A_query_string_may_hold_encoded_slashes_and_dots()
    {
        var response = await RawHttp.SendAsync(_server.Address!, "/api/search?q=RLVR%2F..%2F%2e%2e");

        Assert.Equal(200, response.Status);
    }
}
