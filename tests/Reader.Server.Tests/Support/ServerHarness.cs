using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Reader.Server.Backend;
using Reader.Server.Searching;

namespace Reader.Server.Tests.Support;

/// <summary>
/// Hosts <see cref="ReaderServer"/> over the fixture site and <see cref="TestCorpus"/>: in memory on
/// ASP.NET Core's test server (what WebApplicationFactory uses), or on a real Kestrel bound to a
/// random loopback port when the test needs real sockets.
/// </summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    private int _loads;

    private ServerHarness()
    {
        Search = new FakeSearchService(TestCorpus.Create());
    }

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string SiteDirectory => Path.Combine(FixturesDirectory, "site");

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The in-memory server; null on Kestrel.</summary>
    public TestServer? TestServer { get; private set; }

    /// <summary>The base address of the real Kestrel listener; null in memory.</summary>
    public Uri? Address { get; private set; }

    public FakeSearchService Search { get; }

    public ScriptedAskService Ask { get; } = new();

    /// <summary>How many times the backend was loaded.</summary>
    public int Loads => Volatile.Read(ref _loads);

    /// <param name="configure">Changes to the default options (limits, timeouts).</param>
    /// <param name="kestrel">True for a real Kestrel on 127.0.0.1 and a random port.</param>
    /// <param name="search">Replaces the fake search service.</param>
    /// <param name="beforeLoad">Runs inside backend loading (to slow it down or make it fail).</param>
    public static async Task<ServerHarness> StartAsync(
        Func<ReaderServerOptions, ReaderServerOptions>? configure = null,
        bool kestrel = false,
        ISearchService? search = null,
        Func<CancellationToken, Task>? beforeLoad = null)
    {
        var harness = new ServerHarness();
        var corpus = TestCorpus.Create();
        var options = new ReaderServerOptions
        {
            Urls = "http://127.0.0.1:0",
            SiteDirectory = SiteDirectory,
            LoadBackend = async cancellationToken =>
            {
                Interlocked.Increment(ref harness._loads);
                if (beforeLoad is not null)
                {
                    await beforeLoad(cancellationToken);
                }
                return new ReaderBackend(corpus, TestCorpus.Align(), search ?? harness.Search, harness.Ask);
            },
        };
        options = configure?.Invoke(options) ?? options;
        harness.App = ReaderServer.Build(options, builder =>
        {
            builder.Logging.ClearProviders();
            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await harness.App.StartAsync();
        if (kestrel)
        {
            harness.Address = new Uri(harness.App.Urls.Single());
            harness.Client = new HttpClient { BaseAddress = harness.Address };
        }
        else
        {
            harness.TestServer = harness.App.GetTestServer();
            harness.Client = harness.TestServer.CreateClient();
        }
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
