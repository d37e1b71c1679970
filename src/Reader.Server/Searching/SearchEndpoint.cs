using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reader.Core;
using Reader.Server.Backend;
using Reader.Server.Http;

namespace Reader.Server.Searching;

/// <summary><c>GET /api/search?q=…&amp;top=…&amp;lang=…</c>: the JSON of <c>reader search --json</c>.</summary>
internal static class SearchEndpoint
{
    public const int DefaultTop = 10;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api, ReaderServerOptions options) =>
        api.MapGet("/search", async (string? q, string? top, string? lang, BackendHost host, HttpContext context) =>
        {
            var (query, error) = Validate(q, top, lang, options);
            if (error is not null)
            {
                return error;
            }
            var backend = await host.GetAsync(context.RequestAborted);
            return TypedResults.Ok(backend.Search.Search(query!));
        });

    /// <summary>The query to run, or the 400 explaining what is wrong with the parameters.</summary>
    public static (SearchQuery? Query, IResult? Error) Validate(string? q, string? top, string? lang, ReaderServerOptions options)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, "Give the query as q=…"));
        }
        if (q.Length > options.MaxQueryLength)
        {
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, $"The query is {q.Length} characters long; at most {options.MaxQueryLength} are accepted."));
        }
        var count = DefaultTop;
        if (top is not null && (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > options.MaxTop))
        {
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, $"top must be a whole number from 1 to {options.MaxTop}."));
        }
        string? language = null;
        if (!string.IsNullOrWhiteSpace(lang))
        {
            language = lang.Trim().ToLowerInvariant();
            if (!Languages.IsSupported(language))
            {
                return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, $"Unknown language '{Truncate(lang)}'; expected one of: {string.Join(", ", Languages.Supported)}."));
            }
        }
        return (new SearchQuery(q, count, language), null);
    }

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
