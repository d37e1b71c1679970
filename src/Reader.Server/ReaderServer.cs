using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reader.Core;
using Reader.Server.Asking;
using Reader.Server.Backend;
using Reader.Server.Comparing;
using Reader.Server.Health;
using Reader.Server.Http;
using Reader.Server.Searching;
using Reader.Server.StaticSite;

namespace Reader.Server;

/// <summary>
/// Builds the Reader web server: the static site at <c>/</c>, the JSON API under <c>/api</c>, and
/// <c>/healthz</c>, behind security headers, a path guard, body limits, rate limiting and problem
/// JSON for every error. The host stops gracefully on SIGTERM/SIGINT, letting requests in flight finish.
/// </summary>
public static class ReaderServer
{
    /// <summary>Builds (does not start) the server; <paramref name="configure"/> lets tests swap the transport, e.g. for an in-memory test server.</summary>
    /// <exception cref="ReaderInputException">The site folder does not exist.</exception>
    public static WebApplication Build(ReaderServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var site = Path.GetFullPath(options.SiteDirectory);
        if (!Directory.Exists(site))
        {
            throw new ReaderInputException($"site folder '{site}' does not exist");
        }

        // Production always: the development exception page would show stack traces.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ReaderServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        AddServices(builder.Services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        var files = SiteFiles.CreateProvider(site);
        app.UseMiddleware<SecurityHeadersMiddleware>(options.ContentSecurityPolicy);
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => WriteEmptyErrorAsync(context.HttpContext, files));
        app.UseMiddleware<PathGuardMiddleware>();
        app.UseResponseCompression();
        app.UseSite(files);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseOutputCache();

        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
        SearchEndpoint.Map(api, options).CacheResults(options);
        AskEndpoint.Map(api, options);
        CompareEndpoint.Map(api).CacheResults(options);
        HealthEndpoint.Map(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, ReaderServerOptions options)
    {
        services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "application/problem+json", "application/manifest+json"]);
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AskEndpoint.RatePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.AskRateLimit,
                    Window = options.AskRateWindow,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, _) => WriteRateLimitedAsync(rejected.HttpContext, rejected.Lease);
        });
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64 * 1024 * 1024;
            cache.AddPolicy(ResultCache.Policy, policy => policy.SetVaryByQuery("q", "top", "lang", "langs").Expire(options.ResultCacheDuration));
        });
        services.AddSingleton(options);
        services.AddSingleton(provider => new BackendHost(options.LoadBackend, provider.GetRequiredService<ILogger<BackendHost>>()));
        services.AddHostedService(provider => provider.GetRequiredService<BackendHost>());
    }

    /// <summary>Who a request counts against for rate limiting: its remote address (IPv4-mapped addresses folded to IPv4).</summary>
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "local",
        { IsIPv4MappedToIPv6: true } address => address.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    private static async ValueTask WriteRateLimitedAsync(HttpContext context, RateLimitLease lease)
    {
        var detail = "Too many questions from this client; try again later.";
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            detail = $"Too many questions from this client; try again in {seconds} s.";
        }
        await ApiProblem.Result(StatusCodes.Status429TooManyRequests, detail).ExecuteAsync(context);
    }

    /// <summary>Gives a body to error responses that have none: the site's 404 page for a missing page, problem JSON otherwise.</summary>
    private static async Task WriteEmptyErrorAsync(HttpContext context, IFileProvider files)
    {
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status404NotFound
            && !ApiProblem.IsApiPath(context.Request.Path)
            && files.GetFileInfo(SiteFiles.NotFoundPage) is { Exists: true } page)
        {
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.SendFileAsync(page);
            }
            return;
        }
        var detail = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => "Nothing is served at this path.",
            StatusCodes.Status405MethodNotAllowed => "This method is not allowed here.",
            StatusCodes.Status413PayloadTooLarge => RequestLimits.BodyTooLarge,
            _ => null,
        };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = response.StatusCode, Detail = detail },
        });
    }
}
