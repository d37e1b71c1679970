using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Reader.Core;
using Reader.Server.Asking;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class AskEndpointTests : IAsyncLifetime
{
    private ServerHarness _server = null!;

    public async Task InitializeAsync() => _server = await ServerHarness.StartAsync(o => o with { AskTimeout = TimeSpan.FromMilliseconds(300) });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ask_answers_with_the_json_shape_of_reader_ask()
    {
        var response = await _server.Client.PostAsJsonAsync("/api/ask", new { question = "What is RLVR?", offline = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["question", "lang", "answerable", "answer", "citations", "stages"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("What is RLVR?", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answerable").GetBoolean());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray().ToList());
        Assert.Equal(["unit", "lang", "section", "quote"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("offline", root.GetProperty("stages").GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("stages").GetProperty("members").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("stages").GetProperty("rankings").ValueKind);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("{\"question\": \"q\", \"offline\": true}", true)]
    [InlineData("{\"question\": \"q\", \"offline\": false}", false)]
    [InlineData("{\"question\": \"q\"}", false)]
    [InlineData("{\"Question\": \"q\", \"Offline\": true}", true)]
    public async Task The_offline_flag_reaches_the_council(string body, bool offline)
    {
        var response = await PostJson(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new AskQuestion("q", offline), Assert.Single(_server.Ask.Questions));
    }

    [Theory]
    [InlineData("{\"question\": ", "not valid JSON")]
    [InlineData("{question: 'x'}", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[\"question\"]", "not valid JSON")]
    [InlineData("{\"question\": 42}", "not valid JSON")]
    [InlineData("{\"question\": \"q\", \"offline\": \"yes\"}", "not valid JSON")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{}", "Give the question")]
    [InlineData("{\"question\": \"   \"}", "Give the question")]
    [InlineData("{\"question\": null}", "Give the question")]
    public async Task A_malformed_body_gets_400_problem_json_and_never_reaches_the_council(string body, string detail)
    {
        var response = await PostJson(body);

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Contains(detail, Problem.Detail(problem));
        Assert.Empty(_server.Ask.Questions);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await _server.Client.PostAsync("/api/ask", new StringContent("question=q", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await Problem.AssertAsync(response, 415);
        Assert.Empty(_server.Ask.Questions);
    }

    [Fact]
    public async Task A_body_over_64_KB_gets_413()
    {
        var body = JsonSerializer.Serialize(new { question = new string('q', 64 * 1024) });

        var response = await PostJson(body);

        var problem = await Problem.AssertAsync(response, 413);
        Assert.Contains("larger than the server accepts", Problem.Detail(problem));
        Assert.Empty(_server.Ask.Questions);
    }

    [Fact]
    public async Task A_chunked_body_over_64_KB_without_length_gets_413()
    {
        var body = JsonSerializer.Serialize(new { question = new string('q', 70 * 1024) });
        using var content = new StreamContent(new ChunkedStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        var response = await _server.Client.PostAsync("/api/ask", content);

        await Problem.AssertAsync(response, 413);
        Assert.Empty(_server.Ask.Questions);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_accepted()
    {
        var body = JsonSerializer.Serialize(new { question = new string('q', 60 * 1024) });

        var response = await PostJson(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Input_the_council_rejects_gets_400_with_its_message()
    {
        _server.Ask.Failure = new ReaderInputException("the question contains a control character (U+0001)");

        var response = await PostJson("{\"question\": \"a\\u0001b\"}");

        var problem = await Problem.AssertAsync(response, 400);
        Assert.Equal("the question contains a control character (U+0001)", Problem.Detail(problem));
    }

    [Fact]
    public async Task An_unreachable_model_endpoint_gets_502_naming_it()
    {
        _server.Ask.Failure = new ModelUnavailableException("model endpoint http://127.0.0.1:9/v1 failed: connection refused");

        var response = await PostJson("{\"question\": \"q\", \"offline\": false}");

        var problem = await Problem.AssertAsync(response, 502);
        Assert.Contains("http://127.0.0.1:9/v1", Problem.Detail(problem));
    }

    [Fact]
    public async Task A_council_that_ignores_cancellation_still_times_out_with_504()
    {
        _server.Ask.Delay = TimeSpan.FromSeconds(5);
        _server.Ask.IgnoreCancellation = true;
        var started = System.Diagnostics.Stopwatch.StartNew();

        var response = await PostJson("{\"question\": \"q\"}");

        var problem = await Problem.AssertAsync(response, 504);
        Assert.Contains("did not answer within 0.3 s", Problem.Detail(problem));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task Streaming_sends_each_progress_step_then_the_same_json_as_a_plain_request()
    {
        var plain = await (await PostJson("{\"question\": \"What is RLVR?\"}")).Content.ReadAsStringAsync();

        var response = await PostJson("{\"question\": \"What is RLVR?\"}", acceptEventStream: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var events = EventStream.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["progress", "progress", "progress", "progress", "result"], events.Select(e => e.Type));
        Assert.Equal(
            ScriptedAskService.Steps.Select(s => s.Stage),
            events.Take(4).Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("stage").GetString()));
        Assert.Equal(plain, events[^1].Data);
    }

    [Fact]
    public async Task Streaming_ends_with_an_error_event_when_the_council_times_out()
    {
        _server.Ask.Delay = TimeSpan.FromSeconds(5);

        var response = await PostJson("{\"question\": \"q\"}", acceptEventStream: true);

        var events = EventStream.Parse(await response.Content.ReadAsStringAsync());
        var last = events[^1];
        Assert.Equal("error", last.Type);
        Assert.Equal(504, JsonDocument.Parse(last.Data).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Streaming_reports_a_failure_as_a_safe_error_event()
    {
        _server.Ask.Failure = new InvalidOperationException("secret internal state at /work/x.cs");

        var response = await PostJson("{\"question\": \"q\"}", acceptEventStream: true);
        var body = await response.Content.ReadAsStringAsync();

        var last = EventStream.Parse(body)[^1];
        Assert.Equal("error", last.Type);
        Assert.Equal(500, JsonDocument.Parse(last.Data).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("secret internal state", body);
        Problem.AssertNoTrace(body);
    }

    [Fact]
    public async Task Bad_json_gets_400_even_when_streaming_was_asked_for()
    {
        var response = await PostJson("{\"question\": ", acceptEventStream: true);

        await Problem.AssertAsync(response, 400);
    }

    [Fact]
    public async Task Get_on_ask_gets_405_problem_json()
    {
        var response = await _server.Client.GetAsync("/api/ask");

        await Problem.AssertAsync(response, 405);
    }

    private Task<HttpResponseMessage> PostJson(string body, bool acceptEventStream = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptEventStream)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }
        return _server.Client.SendAsync(request);
    }

    /// <summary>A stream that hides its length, so the client sends it chunked.</summary>
    private sealed class ChunkedStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
