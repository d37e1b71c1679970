using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Reader.Server.Http;

/// <summary>
/// Refuses (400) request paths that try to climb out of the site folder or hide separators: dot
/// segments, backslashes, percent-encoded dots, slashes, backslashes, NULs or percent signs
/// (double encoding), and control characters. No page or API route ever needs them, so the
/// check is on the raw request target as well as the decoded path, whatever the server decoded.
/// </summary>
internal sealed class PathGuardMiddleware(RequestDelegate next)
{
    private static readonly string[] s_forbiddenEncodings = ["%2e", "%2f", "%5c", "%00", "%25"];

    public Task InvokeAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!IsSafe(RawPath(rawTarget)) || !IsSafe(context.Request.PathBase.Value + context.Request.Path.Value))
        {
            return ApiProblem.Result(StatusCodes.Status400BadRequest, "The request path is not allowed.").ExecuteAsync(context);
        }
        return next(context);
    }

    /// <summary>True when <paramref name="path"/> has no dot segment, backslash, control character or forbidden percent-encoding.</summary>
    public static bool IsSafe(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return true;
        }
        foreach (var encoding in s_forbiddenEncodings)
        {
            if (path.Contains(encoding, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (path.Contains('\\') || path.Any(char.IsControl))
        {
            return false;
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The path part of a request target: origin form up to the query, or the path of an absolute-form URL.</summary>
    private static string? RawPath(string? rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget))
        {
            return rawTarget;
        }
        var end = rawTarget.IndexOfAny(['?', '#']);
        var target = end < 0 ? rawTarget : rawTarget[..end];
        if (target.StartsWith('/'))
        {
            return target;
        }
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return target;
        }
        var slash = target.IndexOf('/', scheme + 3);
        return slash < 0 ? "/" : target[slash..];
    }
}
