using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Reader.Site.Tests;

/// <summary>A site built once into a temporary folder, with every HTML page parsed by AngleSharp.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite(Model.SiteModel model)
    {
        Root = Path.Combine(Path.GetTempPath(), "reader-site-tests-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(model, Root);
        var parser = new HtmlParser();
        Pages = Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), f => parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
    }

    public string Root { get; }

    public SiteBuildResult Result { get; }

    /// <summary>Every page by its path relative to the site root (e.g. <c>reader/en.html</c>).</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

    public IHtmlDocument this[string path] => Pages[path];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>The fixture corpus built once for all page tests.</summary>
public sealed class FixtureSite() : IDisposable
{
    public BuiltSite Site { get; } = new(FixtureCorpus.Model());

    public void Dispose() => Site.Dispose();
}
