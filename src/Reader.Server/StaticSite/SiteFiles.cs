using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Net.Http.Headers;

namespace Reader.Server.StaticSite;

/// <summary>
/// Serves the built site: index files for folders, content types with charsets for text, and caching
/// by kind — pages revalidate every time (their ETag makes that cheap), fingerprinted assets are
/// immutable, other assets are cached for an hour. Dot files and unknown types are never served.
/// </summary>
internal static partial class SiteFiles
{
    /// <summary>The page served with 404 when the site has one.</summary>
    public const string NotFoundPage = "404.html";

    public static PhysicalFileProvider CreateProvider(string siteDirectory) =>
        new(Path.GetFullPath(siteDirectory), ExclusionFilters.Sensitive);

    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in provider.Mappings.ToList())
        {
            if (IsText(type))
            {
                provider.Mappings[extension] = $"{type}; charset=utf-8";
            }
        }
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".webmanifest"] = "application/manifest+json; charset=utf-8";
        provider.Mappings[".woff2"] = "font/woff2";
        return provider;
    }

    public static void UseSite(this WebApplication app, PhysicalFileProvider files)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControlFor(context.File.Name),
        });
    }

    /// <summary>The Cache-Control for a file of the site, from its name.</summary>
    public static string CacheControlFor(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".json" or ".xml" or ".txt" or ".webmanifest" or "")
        {
            return "no-cache";
        }
        return Fingerprint().IsMatch(fileName) ? "public, max-age=31536000, immutable" : "public, max-age=3600";
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript" or "image/svg+xml" or "application/xml";

    /// <summary>A content hash in the file name (<c>site.3f9a1c2b.css</c>, <c>app-3F9A1C2B.js</c>): the name changes whenever the content does.</summary>
    [GeneratedRegex(@"[.\-_][0-9a-fA-F]{8,}\.[a-z0-9]+$")]
    private static partial Regex Fingerprint();
}
