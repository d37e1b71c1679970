using Reader.Server.Backend;

namespace Reader.Server;

/// <summary>How <see cref="ReaderServer"/> listens, what it serves and the limits it enforces.</summary>
public sealed record ReaderServerOptions
{
    /// <summary>The loopback address <c>reader serve</c> listens on unless told otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Semicolon-separated listen addresses (Kestrel's <c>--urls</c> syntax).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The built static site served at <c>/</c>; must exist.</summary>
    public required string SiteDirectory { get; init; }

    /// <summary>Loads the corpus, alignment, search and council once; runs in the background after start-up.</summary>
    public required Func<CancellationToken, Task<ReaderBackend>> LoadBackend { get; init; }

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Longest accepted search query, in characters.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>Most hits (groups) one search may ask for.</summary>
    public int MaxTop { get; init; } = 50;

    /// <summary>
    /// How long a search or compare answer is kept and served again for the same parameters; zero
    /// turns the cache off. The index does not change while it is served, so an answer stays right.
    /// </summary>
    public TimeSpan ResultCacheDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest a council run may take before the request gets 504.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Questions one client may ask per <see cref="AskRateWindow"/>; more get 429.</summary>
    public int AskRateLimit { get; init; } = 10;

    /// <summary>The window <see cref="AskRateLimit"/> counts in.</summary>
    public TimeSpan AskRateWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long shutdown waits for requests in flight before closing connections.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The Content-Security-Policy of every response: nothing from outside the site, no framing.
    /// Inline styles are allowed because the site's generated SVG visuals carry style attributes.
    /// </summary>
    public string ContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
