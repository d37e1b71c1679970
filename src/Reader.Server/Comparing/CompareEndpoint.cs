using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reader.Core;
using Reader.Core.Documents;
using Reader.Server.Backend;
using Reader.Server.Http;

namespace Reader.Server.Comparing;

/// <summary><c>GET /api/compare/{unitId}[?langs=en,zh]</c>: the unit and its alignment group; 404 with near matches for an unknown id.</summary>
internal static class CompareEndpoint
{
    public const int MaxUnitIdLength = 100;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder api) =>
        api.MapGet("/compare/{unitId}", async (string unitId, string? langs, BackendHost host, HttpContext context) =>
        {
            if (unitId.Length > MaxUnitIdLength || !unitId.All(IsIdChar))
            {
                return ApiProblem.Result(StatusCodes.Status400BadRequest, "A unit id is letters, digits, '-', '_' and '.', at most 100 characters.");
            }
            var languages = new HashSet<string>(StringComparer.Ordinal);
            foreach (var lang in (langs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Languages.IsSupported(lang))
                {
                    return ApiProblem.Result(StatusCodes.Status400BadRequest, $"langs lists languages from: {string.Join(", ", Languages.Supported)}.");
                }
                languages.Add(lang);
            }
            var backend = await host.GetAsync(context.RequestAborted);
            if (!backend.Corpus.TryGetUnit(unitId, out var unit))
            {
                var suggestions = UnitSuggestions.For(unitId, backend.Corpus);
                return ApiProblem.Result(
                    StatusCodes.Status404NotFound,
                    $"No unit '{unitId}'.",
                    new Dictionary<string, object?> { ["suggestions"] = suggestions });
            }
            return TypedResults.Ok(CompareResult.Of(unit, backend.Corpus, backend.Alignment, languages));
        });

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
