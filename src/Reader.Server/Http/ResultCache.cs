using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Reader.Server.Http;

/// <summary>
/// Serves repeated searches and comparisons from memory (ASP.NET Core output caching): the loaded
/// index never changes while the server runs, so an answer for the same parameters stays right.
/// </summary>
internal static class ResultCache
{
    public const string Policy = "results";

    /// <summary>Caches the endpoint's 200 answers unless the cache is turned off.</summary>
    public static RouteHandlerBuilder CacheResults(this RouteHandlerBuilder endpoint, ReaderServerOptions options) =>
        options.ResultCacheDuration > TimeSpan.Zero ? endpoint.CacheOutput(Policy) : endpoint;
}
