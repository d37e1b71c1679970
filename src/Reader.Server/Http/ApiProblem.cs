using Microsoft.AspNetCore.Http;

namespace Reader.Server.Http;

/// <summary>Error responses of the API: RFC 9457 problem JSON with a one-line <c>detail</c> and never a stack trace.</summary>
public static class ApiProblem
{
    public static IResult Result(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);

    /// <summary>Whether <paramref name="path"/> is answered in JSON (the API and the health check) rather than with site pages.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
}
