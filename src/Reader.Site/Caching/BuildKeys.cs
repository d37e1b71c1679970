namespace Reader.Site.Caching;

/// <summary>
/// The cache keys of the build's stages. Each stage's key hashes the code that runs it and its own inputs, and a
/// downstream stage's key includes its upstream's, so a changed source re-keys every stage while a changed theme
/// re-keys only the site.
/// </summary>
/// <param name="Ingest">Sources, <c>sources.json</c>, <c>outline.json</c>.</param>
/// <param name="Align">The ingested corpus.</param>
/// <param name="Council">The corpus and its alignment.</param>
/// <param name="Site">All of the above and every file of the theme.</param>
public sealed record BuildKeys(string Ingest, string Align, string Council, string Site)
{
    /// <param name="contentDirectory">The article set (<c>sources/</c>, <c>sources.json</c>, <c>outline.json</c>).</param>
    /// <param name="themeDirectory">The theme folder the site is rendered with.</param>
    /// <param name="code">The identity of the code that builds (see <see cref="CodeIdentity"/>).</param>
    public static BuildKeys Compute(string contentDirectory, string themeDirectory, string code)
    {
        var content = new CacheKeyBuilder("content")
            .AddFile(Path.Combine(contentDirectory, "sources.json"), "sources.json")
            .AddFile(Path.Combine(contentDirectory, "outline.json"), "outline.json")
            .AddFolder(Path.Combine(contentDirectory, "sources"), "sources")
            .Build();
        var theme = new CacheKeyBuilder("theme").AddFolder(themeDirectory, "theme").Build();
        var ingest = new CacheKeyBuilder("ingest").Add(code).Add(content).Build();
        var align = new CacheKeyBuilder("align").Add(code).Add(ingest).Build();
        var council = new CacheKeyBuilder("council").Add(code).Add(align).Build();
        var site = new CacheKeyBuilder("site").Add(code).Add(council).Add(theme).Build();
        return new BuildKeys(ingest, align, council, site);
    }
}
