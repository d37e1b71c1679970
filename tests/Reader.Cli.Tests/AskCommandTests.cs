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
            Assert.Contains(citation.GetProperty("unit").GetString(), ids);
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
