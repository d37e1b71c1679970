using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reader.Core;
using Reader.Council.Configuration;
using Reader.Search;
using Reader.Server;
using Reader.Server.Engines;
using Reader.Server.Http;

namespace Reader.Cli.Commands;

/// <summary><c>reader serve</c>: the built site plus live search, comparison and Q&amp;A over HTTP, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    /// <summary>
    /// How long a stop waits for requests in flight: under System.CommandLine's two seconds between
    /// SIGTERM and giving up on the command, so the drain always ends before the process does.
    /// </summary>
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(1.5);

    public static Command Create(CliIo io)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, semicolon-separated http://host:port addresses",
            DefaultValueFactory = _ => ReaderServerOptions.DefaultUrls,
        };
        var site = new Option<string>("--site")
        {
            Description = "The built site to serve; built first when it has no index.html",
            DefaultValueFactory = _ => "_site",
        };
        var index = new Option<string>("--index")
        {
            Description = "Folder for the search index (rebuilt when the corpus changes)",
            DefaultValueFactory = _ => SearchIndexOptions.DefaultFolder,
        };
        var config = new Option<string>("--config")
        {
            Description = "Council settings file (JSON with a 'council' object); READER_LLM_* variables override it",
            DefaultValueFactory = _ => CouncilSettings.DefaultFile,
        };
        var cacheSeconds = new Option<int>("--cache-seconds")
        {
            Description = "How long a search or compare answer is served again from memory; 0 answers every request from the index",
            DefaultValueFactory = _ => (int)ReaderServerOptions.DefaultResultCacheDuration.TotalSeconds,
        };
        var command = new Command("serve", "Serve the site with live search, comparison and Q&A over HTTP (loopback by default)")
        {
            urls, site, index, config, cacheSeconds,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var addresses = ListenAddresses.Parse(parse.GetValue(urls)!);
            if (parse.GetValue(cacheSeconds) < 0)
            {
                throw new ReaderInputException("--cache-seconds cannot be negative");
            }
            foreach (var exposed in addresses.Exposed)
            {
                io.Error.WriteLine($"warning: {exposed} can be reached from other machines");
            }
            var settings = CouncilSettings.Load(parse.GetValue(config), Environment.GetEnvironmentVariable);
            var content = parse.GetValue(CommonOptions.Content)!;
            var siteDirectory = parse.GetValue(site)!;
            if (!File.Exists(Path.Combine(siteDirectory, "index.html")))
            {
                var built = await BuildSiteAsync(io, content, siteDirectory, cancellationToken);
                if (built != ReaderCli.Ok)
                {
                    return built;
                }
            }

            var backend = new ContentBackendOptions(content, parse.GetValue(index), settings);
            var options = new ReaderServerOptions
            {
                Urls = string.Join(';', addresses.Urls),
                SiteDirectory = siteDirectory,
                LoadBackend = cancel => ContentBackend.LoadAsync(backend, cancel),
                ShutdownTimeout = s_shutdownTimeout,
                ResultCacheDuration = TimeSpan.FromSeconds(parse.GetValue(cacheSeconds)),
            };
            await using var app = ReaderServer.Build(options, builder =>
            {
                // stdout carries only the command's own lines; the server's log goes to stderr.
                builder.Logging.ClearProviders();
                builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
                builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
                builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
            });
            await app.StartAsync(cancellationToken);
            io.Out.WriteLine($"listening on {string.Join(", ", app.Urls)} (site {Path.GetFullPath(siteDirectory)}, council {(settings.UsesModels ? "models" : "offline")}); Ctrl+C or SIGTERM stops");
            await io.Out.FlushAsync(CancellationToken.None);
            await app.WaitForShutdownAsync(cancellationToken);
            io.Out.WriteLine("stopped");
            return ReaderCli.Ok;
        });
        return command;
    }

    /// <summary>Runs <c>reader build</c> itself, so a served site is always the one the build verb makes; its exit code.</summary>
    private static Task<int> BuildSiteAsync(CliIo io, string content, string siteDirectory, CancellationToken cancellationToken)
    {
        io.Error.WriteLine($"no site in {Path.GetFullPath(siteDirectory)}; building it first");
        var quiet = new CliIo(TextWriter.Null, io.Error, interactive: false);
        return ReaderCli.RunAsync(["--content", content, "build", "--out", siteDirectory], quiet, cancellationToken);
    }
}
