using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reader.Cli.Tests;

/// <summary><c>reader serve</c> on a real loopback port: same JSON as the CLI verbs, bad input, and a real SIGTERM.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("reader-serve-").FullName;

    private string Site => Path.Combine(_work, "site");

    /// <summary>One index folder beside the tests, so each test (and each run) reuses the index the first one built.</summary>
    private static string Index { get; } = Path.Combine(AppContext.BaseDirectory, ".reader-serve-index");

    public ServeCommandTests()
    {
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, "index.html"), "<!doctype html><html lang=\"en\"><title>served</title><p>SERVE-TEST-SITE</p></html>");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Search_over_http_has_the_json_contract_of_reader_search()
    {
        var (exit, cli, _) = await CliRunner.RunAsync("--content", CliRunner.Content, "search", "agents", "--json", "--index", Index);
        Assert.Equal(0, exit);

        await using var server = await InProcessServer.StartAsync(this);
        var http = JsonNode.Parse(await server.Client.GetStringAsync("/api/search?q=agents"))!;
        var expected = JsonNode.Parse(cli)!;

        Assert.Equal(Keys(expected), Keys(http));
        Assert.Equal(expected["query"]!.GetValue<string>(), http["query"]!.GetValue<string>());
        Assert.Equal(expected["lang"]!.GetValue<string>(), http["lang"]!.GetValue<string>());
        var hits = http["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.Equal(Keys(expected["hits"]![0]!), Keys(hits[0]!));
        Assert.Contains("<mark>", hits[0]!["snippet"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ask_over_http_has_the_json_contract_of_reader_ask()
    {
        const string question = "What is RLVR?";
        var (exit, cli, _) = await CliRunner.RunAsync("--content", CliRunner.Content, "ask", question, "--offline", "--json", "--index", Index);
        Assert.Equal(0, exit);

        await using var server = await InProcessServer.StartAsync(this);
        var response = await server.Client.PostAsync("/api/ask", new StringContent($"{{\"question\":\"{question}\",\"offline\":true}}", Encoding.UTF8, "application/json"));
        var http = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var expected = JsonNode.Parse(cli)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Keys(expected), Keys(http));
        Assert.Equal(Keys(expected["stages"]!), Keys(http["stages"]!));
        Assert.Equal(question, http["question"]!.GetValue<string>());
        Assert.True(http["answerable"]!.GetValue<bool>());
        Assert.Contains(http["citations"]!.AsArray(), c => c!["section"]!.GetValue<string>() == "shift-1");
    }

    [Fact]
    public async Task Compare_over_http_is_the_same_json_as_reader_compare()
    {
        await using var server = await InProcessServer.StartAsync(this);
        var unit = JsonNode.Parse(await server.Client.GetStringAsync("/api/search?q=RLVR&top=1"))!["hits"]![0]!["unit"]!.GetValue<string>();
        var (exit, cli, _) = await CliRunner.RunAsync("--content", CliRunner.Content, "compare", unit, "--json");
        Assert.Equal(0, exit);

        var http = await server.Client.GetStringAsync($"/api/compare/{unit}");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli), JsonNode.Parse(http)), $"CLI:\n{cli}\nHTTP:\n{http}");
    }

    [Fact]
    public async Task The_site_and_health_are_served_and_stopping_exits_zero()
    {
        await using var server = await InProcessServer.StartAsync(this);

        var home = await server.Client.GetStringAsync("/");
        var health = JsonNode.Parse(await server.Client.GetStringAsync("/healthz"))!;
        var (exit, stdout) = await server.StopAsync();

        Assert.Contains("SERVE-TEST-SITE", home);
        Assert.Equal("ready", health["status"]!.GetValue<string>());
        Assert.Equal(6, health["documents"]!.GetValue<int>());
        Assert.True(health["units"]!.GetValue<int>() > 100);
        Assert.Equal(0, exit);
        Assert.EndsWith("stopped", stdout.Trim());
    }

    [Fact]
    public async Task A_missing_site_is_built_first_and_then_served_in_live_mode()
    {
        var site = Path.Combine(_work, "built");

        await using var server = await InProcessServer.StartAsync(this, site);
        var home = await server.Client.GetAsync("/");
        var mode = await server.Client.GetStringAsync("/assets/mode.js");

        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType!.MediaType);
        Assert.Contains("READER_LIVE = true", mode);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:notaport")]
    public async Task A_bad_listen_address_exits_two_with_one_line(string urls)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("--content", CliRunner.Content, "serve", "--urls", urls, "--site", Site, "--index", Index);

        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("error:", stderr);
    }

    [Fact]
    public async Task A_negative_cache_time_exits_two_with_one_line()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("--content", CliRunner.Content, "serve", "--cache-seconds", "-1", "--site", Site, "--index", Index);

        Assert.Equal(2, exit);
        Assert.Equal("error: --cache-seconds cannot be negative", stderr.Trim());
    }

    [Fact]
    public async Task A_port_in_use_exits_two_with_one_line()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (exit, _, stderr) = await CliRunner.RunAsync("--content", CliRunner.Content, "serve", "--urls", $"http://127.0.0.1:{port}", "--site", Site, "--index", Index);

        Assert.Equal(2, exit);
        Assert.Contains(port.ToString(), stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Sigterm_stops_the_server_gracefully_with_exit_zero()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "reader.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--content", CliRunner.Content, "serve", "--urls", "http://127.0.0.1:0", "--site", Site, "--index", Index })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var listening = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var address = ListeningAddress(listening ?? "");
            using var client = new HttpClient { BaseAddress = address };
            await WaitForHealthAsync(client);

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));

            Assert.Equal(0, process.ExitCode);
            Assert.Equal("stopped", (await process.StandardOutput.ReadToEndAsync()).Trim());
            Assert.DoesNotContain("   at ", await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static IEnumerable<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key);

    private static Uri ListeningAddress(string line)
    {
        var match = ListeningLine().Match(line);
        Assert.True(match.Success, $"no address in '{line}'");
        return new Uri(match.Groups[1].Value);
    }

    private static async Task WaitForHealthAsync(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await client.GetAsync("/healthz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("/healthz never became ready");
    }

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningLine();

    /// <summary><c>reader serve</c> run in this process on a random loopback port, stopped by cancelling its token as SIGTERM would.</summary>
    private sealed class InProcessServer : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _out = new();
        private Task<int> _run = null!;

        public HttpClient Client { get; private set; } = null!;

        public static async Task<InProcessServer> StartAsync(ServeCommandTests test, string? site = null)
        {
            var server = new InProcessServer();
            var io = new CliIo(TextWriter.Synchronized(server._out), TextWriter.Null, interactive: false);
            server._run = ReaderCli.RunAsync(
                ["--content", CliRunner.Content, "serve", "--urls", "http://127.0.0.1:0", "--site", site ?? test.Site, "--index", Index],
                io,
                server._stop.Token);
            for (var i = 0; i < 600 && !server._out.ToString().Contains("listening on") && !server._run.IsCompleted; i++)
            {
                await Task.Delay(50);
            }
            server.Client = new HttpClient { BaseAddress = ListeningAddress(server._out.ToString()) };
            await WaitForHealthAsync(server.Client);
            return server;
        }

        public async Task<(int Exit, string Stdout)> StopAsync()
        {
            _stop.Cancel();
            var exit = await _run.WaitAsync(TimeSpan.FromSeconds(15));
            return (exit, _out.ToString());
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_run.IsCompleted)
            {
                await StopAsync();
            }
            _stop.Dispose();
        }
    }
}
