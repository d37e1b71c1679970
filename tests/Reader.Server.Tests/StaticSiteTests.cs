using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class StaticSiteTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Root_serves_the_site_index_as_utf8_html_that_revalidates()
    {
        var response = await _server.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("\u6c1b\u56f4\u7f16\u7a0b", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css; charset=utf-8", "public, max-age=3600")]
    [InlineData("/assets/app.3f9a1c2b.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable")]
    [InlineData("/assets/logo.svg", "image/svg+xml; charset=utf-8", "public, max-age=3600")]
    [InlineData("/compare/index.html", "text/html; charset=utf-8", "no-cache")]
    public async Task Assets_get_their_content_type_and_a_cache_policy_by_kind(string path, string contentType, string cacheControl)
    {
        var response = await _server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(cacheControl, response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_folder_serves_its_index_page()
    {
        var response = await _server.Client.GetAsync("/compare/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("FIXTURE-COMPARE-PAGE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_without_trailing_slash_redirects_to_it()
    {
        var response = await _server.Client.GetAsync("/compare");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/compare/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_unchanged_page_is_not_sent_again()
    {
        var first = await _server.Client.GetAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_when_the_client_accepts_it(string encoding)
    {
        var plain = await File.ReadAllBytesAsync(Path.Combine(ServerHarness.SiteDirectory, "index.html"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await _server.Client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(compressed.Length < plain.Length, $"{compressed.Length} bytes compressed vs {plain.Length} plain");
        Assert.Equal(plain, Decompress(encoding, compressed));
    }

    [Fact]
    public async Task A_missing_page_gets_404_with_the_site_not_found_page()
    {
        var response = await _server.Client.GetAsync("/no-such-page.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("FIXTURE-404-PAGE", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/.env", "FIXTURE-DOTFILE-SECRET")]
    [InlineData("/data.unknownext", "FIXTURE-UNKNOWN-TYPE")]
    public async Task Dot_files_and_unknown_file_types_are_never_served(string path, string content)
    {
        Assert.True(File.Exists(Path.Combine(ServerHarness.SiteDirectory, path.TrimStart('/'))), "fixture file is missing");

        var response = await _server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(content, await response.Content.ReadAsStringAsync());
    }

    private static byte[] Decompress(string encoding, byte[] data)
    {
        using var input = new MemoryStream(data);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
