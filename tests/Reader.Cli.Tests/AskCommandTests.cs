using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Reader.Cli.Tests;

public class AskCommandTests
{
    // The index is built once for the class, outside the repository.
    private static readonly string s_index = Path.Combine(Path.GetTempPath(), "reader-ask-tests-index");

    private static string[] Index => ["--content", CliRunner.Content, "--index", s_index];

    [Fact]
    public async Task JsonPrintsOneObjectWithTheContractShapeAndRealUnits()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "What is vibe coding?", "--offline", "--json", .. Index]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("What is vibe coding?", root.GetProperty("question").GetString());
        Assert.Equal("en", root.GetProperty("lang").GetString());
        Assert.True(root.GetProperty("answerable").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("answer").GetString()));
        var ids = await UnitIdsAsync();
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            Assert.Contains(citation.GetProperty("unit").GetString()!, ids);
            Assert.Equal("shift-5", citation.GetProperty("section").GetString());
            Assert.False(string.IsNullOrEmpty(citation.GetProperty("lang").GetString()));
            Assert.False(string.IsNullOrEmpty(citation.GetProperty("quote").GetString()));
        }
        var stages = root.GetProperty("stages");
        Assert.True(stages.GetProperty("members").GetArrayLength() >= 3);
        Assert.True(stages.GetProperty("rankings").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task AQuestionTheArticleCannotAnswerIsDeclinedInItsLanguage()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "\u00bfCu\u00e1l es la receta de la paella valenciana?", "--offline", "--json", .. Index]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("answerable").GetBoolean());
        Assert.Equal("es", json.RootElement.GetProperty("lang").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task HumanOutputShowsTheAnswerCitationsAndOnRequestTheStages()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "Waarom is het vertrouwen in benchmarks afgenomen?", "--offline", "--show-stages", .. Index]);

        Assert.Equal(0, exit);
        Assert.Contains("Citations:", stdout);
        Assert.Matches(@"\[nl-[\w-]+\] nl, shift-2", stdout);
        Assert.Contains("\u201C", stdout);
        Assert.Contains("Stage 2", stdout);
        Assert.Contains("reader-nl (Response", stdout);
        Assert.Contains("Stage 3", stdout);
        Assert.Contains("aggregate:", stdout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what is\u0007 RLVR")]
    [InlineData("\u001b[31mred")]
    public async Task BadQuestionsExitTwoWithOneLine(string question)
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", question, "--offline", .. Index]);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error: the question", stderr);
    }

    [Fact]
    public async Task AHundredKilobyteQuestionExitsTwo()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["ask", new string('x', 100 * 1024), .. Index]);

        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task AnUnreachableEndpointExitsOneNamingItAndSuggestingOffline()
    {
        var endpoint = $"http://127.0.0.1:{FreePort()}/v1";
        var config = WriteConfig(endpoint);
        try
        {
            var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "What is RLVR?", "--config", config, "--json", .. Index]);

            Assert.Equal(1, exit);
            Assert.Empty(stdout);
            var error = stderr.Trim().Split('\n')[^1];
            Assert.StartsWith("error: model endpoint " + endpoint, error);
            Assert.Contains("--offline", error);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public async Task ARejectedKeyExitsOneSayingSo()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var server = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                context.Response.StatusCode = 401;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync("""{"error":{"message":"Incorrect API key","type":"invalid_request_error"}}"""u8.ToArray());
                context.Response.Close();
            }
        });
        var endpoint = $"http://127.0.0.1:{port}/v1";
        var config = WriteConfig(endpoint);
        try
        {
            var (exit, _, stderr) = await CliRunner.RunAsync(["ask", "What is RLVR?", "--config", config, .. Index]);

            Assert.Equal(1, exit);
            var error = stderr.Trim().Split('\n')[^1];
            Assert.Contains(endpoint, error);
            Assert.Contains("key rejected (HTTP 401)", error);
            Assert.Contains("--offline", error);
        }
        finally
        {
            listener.Stop();
            File.Delete(config);
        }
    }

    [Fact]
    public async Task ConfiguredModelsAnswerThroughAnOpenAiCompatibleEndpoint()
    {
        using var server = FakeOpenAi.Start();
        var config = WriteConfig(server.Endpoint);
        try
        {
            var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "What is vibe coding?", "--config", config, "--json", .. Index]);

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(stdout);
            var root = json.RootElement;
            Assert.True(root.GetProperty("answerable").GetBoolean());
            Assert.StartsWith("Synthesis:", root.GetProperty("answer").GetString());
            Assert.Equal("models", root.GetProperty("stages").GetProperty("mode").GetString());
            Assert.Equal(["m1", "m2"], root.GetProperty("stages").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member").GetString()));
            Assert.Equal(2, root.GetProperty("stages").GetProperty("rankings").GetArrayLength());
            Assert.Contains(root.GetProperty("citations")[0].GetProperty("unit").GetString()!, await UnitIdsAsync());
            Assert.Contains("[answers]", stderr);
            Assert.Contains("[chair]", stderr);
            Assert.Equal(5, server.Requests);
        }
        finally
        {
            File.Delete(config);
        }
    }

    private static string WriteConfig(string endpoint)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reader-council-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { council = new { endpoint, key = "sk-test", models = new[] { "m1", "m2" }, timeoutSeconds = 10, retries = 0 } }));
        return path;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>
    /// A minimal OpenAI-compatible chat endpoint: answers cite the first passage of the evidence,
    /// reviews rank the responses in the order shown, the chair's answer starts with "Synthesis:".
    /// </summary>
    private sealed class FakeOpenAi : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _requests;

        public string Endpoint { get; private init; } = "";

        public int Requests => _requests;

        public static FakeOpenAi Start()
        {
            var port = FreePort();
            var server = new FakeOpenAi { Endpoint = $"http://127.0.0.1:{port}/v1" };
            server._listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            server._listener.Start();
            _ = Task.Run(server.ServeAsync);
            return server;
        }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                Interlocked.Increment(ref _requests);
                using var request = await JsonDocument.ParseAsync(context.Request.InputStream);
                var messages = request.RootElement.GetProperty("messages");
                var system = messages[0].GetProperty("content").ToString();
                var user = messages[1].GetProperty("content").ToString();
                var unit = System.Text.RegularExpressions.Regex.Match(user, @"^\[([^\]]+)\]", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
                var labels = System.Text.RegularExpressions.Regex.Matches(user, @"^(Response [A-Z]+):", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value);
                var content = system.Contains("reviewing")
                    ? "FINAL RANKING:\n" + string.Join("\n", labels.Select((l, i) => $"{i + 1}. {l}"))
                    : system.Contains("chair")
                        ? $"Synthesis: vibe coding is building software by describing it [{unit}]."
                        : $"Vibe coding is programming in plain language [{unit}].";
                var body = JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-1",
                    @object = "chat.completion",
                    created = 0,
                    model = request.RootElement.GetProperty("model").GetString(),
                    choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
                });
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body));
                context.Response.Close();
            }
        }
    }

    private static async Task<HashSet<string>> UnitIdsAsync()
    {
        var (_, stdout, _) = await CliRunner.RunAsync(["ingest", "--json", "--content", CliRunner.Content]);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("units").EnumerateArray())
            .Select(u => u.GetProperty("id").GetString()!)
            .ToHashSet();
    }
}
