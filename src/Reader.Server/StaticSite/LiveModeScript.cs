using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reader.Server.StaticSite;

/// <summary>
/// The site's switch between static and live: its pages load <c>/assets/mode.js</c>, which on a static
/// host says <c>READER_LIVE = false</c>; served here it says <c>true</c>, so search and ask use the API.
/// A script file rather than inline code keeps the no-inline-script CSP.
/// </summary>
internal static class LiveModeScript
{
    public const string Path = "/assets/mode.js";

    private const string Script = "// Served by reader serve: search and ask use the live API.\nwindow.READER_LIVE = true;\n";

    public static void UseLiveModeScript(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                return next(context);
            }
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(Script);
        });
}
