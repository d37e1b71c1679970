using System.Net;
using System.Text.Json;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class SearchEndpointTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Search_answers_with_the_json_shape_of_reader_search()
    {
        var response = await _server.Client.GetAsync("/api/search?q=2025&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["query", "lang", "hits"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025", root.GetProperty("query").GetString());
        Assert.Equal("en", root.GetProperty("lang").GetString());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.Equal(["unit", "doc", "lang", "section", "group", "score", "text", "snippet"], hits[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["en-0001", "es-0001", "zh-0001"], hits.Select(h => h.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task Non_ascii_text_comes_back_readable_not_escaped()
    {
        var response = await _server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\u5f3a\u5316\u5b66\u4e60"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\u53ef\u9a8c\u8bc1\u5956\u52b1", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public async Task Query_top_and_language_reach_the_search_service_normalised()
    {
        await _server.Client.GetAsync("/api/search?q=agents&top=3&lang=ZH");
        await _server.Client.GetAsync("/api/search?q=agents");

        var queries = _server.Search.Queries.ToList();
        Assert.Equal(new Searching.SearchQuery("agents", 3, "zh"), queries[0]);
        Assert.Equal(new Searching.SearchQuery("agents", 10, null), queries[1]);
    }

    [Theory]
    [InlineData("/api/search", "q=")]
    [InlineData("/api/search?q=", "q=")]
    [InlineData("/api/search?q=%20%20", "q=")]
    [InlineData("/api/search?q=x&top=0", "top must be")]
    [InlineData("/api/search?q=x&top=-1", "top must be")]
    [InlineData("/api/search?q=x&top=abc", "top must be")]
    [InlineData("/api/search?q=x&top=51", "top must be")]
    [InlineData("/api/search?q=x&top=99999999999999999999", "top must be")]
    [InlineData("/api/search?q=x&lang=xx", "Unknown language 'xx'")]
    [InlineData("/api/search?q=x&lang=english", "Unknown language")]
    public async Task Bad_parameters_get_400_problem_json_and_never_reach_the_engine(string url, string detail)
    {
        var response = await _server.Client.GetAsync(url);

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Contains(detail, Problem.Detail(problem));
        Assert.Empty(_server.Search.Queries);
    }

    [Fact]
    public async Task An_overlong_query_gets_400()
    {
        var response = await _server.Client.GetAsync("/api/search?q=" + new string('a', 1001));

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Contains("1001 characters", Problem.Detail(problem));
    }

    [Fact]
    public async Task Query_syntax_the_engine_must_sanitise_is_passed_through_not_rejected()
    {
        var response = await _server.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"unbalanced AND OR NOT *"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"unbalanced AND OR NOT *", Assert.Single(_server.Search.Queries).Text);
    }

    [Fact]
    public async Task Input_the_engine_rejects_gets_400_with_its_message()
    {
        await using var server = await ServerHarness.StartAsync(search: new RejectingSearchService());

        var response = await server.Client.GetAsync("/api/search?q=anything");

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Equal("the query cannot be searched", Problem.Detail(problem));
    }

    [Fact]
    public async Task Api_responses_are_never_cached()
    {
        var response = await _server.Client.GetAsync("/api/search?q=RLVR");

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Json_results_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=2025");
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task The_backend_is_loaded_once_and_shared_by_concurrent_requests()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 40).Select(top => _server.Client.GetAsync($"/api/search?q=2025&top={top}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(40, _server.Search.Queries.Count);
        Assert.Equal(1, _server.Loads);
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_with_the_same_body_and_headers()
    {
        var first = await _server.Client.GetAsync("/api/search?q=RLVR&top=5");
        var second = await _server.Client.GetAsync("/api/search?q=RLVR&top=5");

        Assert.Single(_server.Search.Queries);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("no-store", second.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", Assert.Single(second.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("application/json", second.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/search?q=RLVR&top=2")]
    [InlineData("/api/search?q=rlvr&top=1")]
    [InlineData("/api/search?q=RLVR&top=1&lang=en")]
    public async Task Searches_that_differ_in_any_parameter_are_not_confused(string other)
    {
        await _server.Client.GetAsync("/api/search?q=RLVR&top=1");
        await _server.Client.GetAsync(other);

        Assert.Equal(2, _server.Search.Queries.Count);
    }

    [Fact]
    public async Task With_the_cache_off_every_search_reaches_the_engine()
    {
        await using var server = await ServerHarness.StartAsync(o => o with { ResultCacheDuration = TimeSpan.Zero });

        await server.Client.GetAsync("/api/search?q=RLVR");
        await server.Client.GetAsync("/api/search?q=RLVR");

        Assert.Equal(2, server.Search.Queries.Count);
    }

    [Fact]
    public async Task A_failed_search_is_not_cached()
    {
        _server.Search.Failure = new Reader.Core.ReaderInputException("bad");
        await _server.Client.GetAsync("/api/search?q=RLVR");
        _server.Search.Failure = null;

        var response = await _server.Client.GetAsync("/api/search?q=RLVR");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Search.Queries.Count);
    }
}
