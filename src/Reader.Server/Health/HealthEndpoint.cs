using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reader.Server.Backend;

namespace Reader.Server.Health;

/// <summary><c>GET /healthz</c>: 200 once the corpus and index are loaded, 503 while loading or after loading failed.</summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], (BackendHost host, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return host.Current is { } backend
                ? Results.Ok(new HealthStatus("ready", backend.Corpus.Documents.Count, backend.Corpus.Units.Count(), backend.Alignment.Groups.Count))
                : Results.Json(
                    new HealthStatus(host.State == BackendState.Failed ? "failed" : "loading", Error: host.FailureReason),
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}

/// <summary>The body of <c>/healthz</c>.</summary>
internal sealed record HealthStatus(string Status, int? Documents = null, int? Units = null, int? Groups = null, string? Error = null);
