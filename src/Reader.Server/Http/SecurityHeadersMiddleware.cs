using Microsoft.AspNetCore.Http;

namespace Reader.Server.Http;

/// <summary>Adds the security headers to every response, error responses included (set when the response starts, after any handler cleared it).</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, string contentSecurityPolicy)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var (response, csp) = ((HttpResponse, string))state;
                var headers = response.Headers;
                headers.ContentSecurityPolicy = csp;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                return Task.CompletedTask;
            },
            (context.Response, contentSecurityPolicy));
        return next(context);
    }
}
