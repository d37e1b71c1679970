namespace Reader.Site.Pipeline;

/// <summary>
/// One document flowing through the pipeline (a page, a script, a data file), shaped like Statiq's IDocument:
/// where it goes, its content, what kind of content it is, and metadata the modules read.
/// </summary>
public sealed record SiteDocument(string Destination, string Content, string MediaType)
{
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>A copy with more metadata (later keys win).</summary>
    public SiteDocument WithMetadata(IEnumerable<KeyValuePair<string, object?>> more)
    {
        var merged = new Dictionary<string, object?>(Metadata, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            merged[key] = value;
        }
        return this with { Metadata = merged };
    }
}

/// <summary>The media types the modules dispatch on.</summary>
public static class MediaTypes
{
    public const string Markdown = "text/markdown";
    public const string HtmlFragment = "text/x-html-fragment";
    public const string Html = "text/html";
    public const string Css = "text/css";
    public const string JavaScript = "text/javascript";
    public const string Svg = "image/svg+xml";
    public const string Text = "text/plain";

    public static string FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => Css,
        ".js" => JavaScript,
        ".svg" => Svg,
        ".html" => Html,
        ".md" => Markdown,
        _ => Text,
    };
}
