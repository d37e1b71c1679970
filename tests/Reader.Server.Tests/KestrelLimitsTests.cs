using System.Net;
using System.Text;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

/// <summary>The limits as a real Kestrel enforces them, over real sockets.</summary>
public sealed class KestrelLimitsTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync(kestrel: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_declared_length_over_64_KB_gets_413_before_the_body_is_read()
    {
        var body = "{\"question\": \"" + new string('q', 70 * 1024) + "\"}";

        var response = await RawHttp.SendAsync(_server.Address!, "/api/ask", "POST", body, ["Content-Type: application/json"]);

        Assert.Equal(413, response.Status);
        Assert.Contains("application/problem+json", response.Text);
        Assert.Empty(_server.Ask.Questions);
    }

    [Fact]
    public async Task A_chunked_body_over_64_KB_gets_413_from_kestrel()
    {
        var body = Encoding.UTF8.GetBytes("{\"question\": \"" + new string('q', 70 * 1024) + "\"}");
        using var content = new StreamContent(new UnseekableStream(body));
        content.Headers.ContentType = new("application/json");

        var response = await _server.Client.PostAsync("/api/ask", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Problem.AssertAsync(response, 413);
    }

    [Fact]
    public async Task Search_and_ask_work_over_real_sockets()
    {
        var search = await _server.Client.GetAsync("/api/search?q=RLVR");
        var ask = await _server.Client.PostAsync("/api/ask", new StringContent("{\"question\":\"q\",\"offline\":true}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
