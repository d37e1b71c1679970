using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Reader.Site.Theme;

/// <summary>
/// A theme folder: Liquid templates (<c>layouts/</c>, <c>pages/</c>, <c>visuals/</c>) rendered with Fluid,
/// Markdown prose (<c>content/</c>) and static assets (<c>assets/</c>).
/// </summary>
public sealed class SiteTheme
{
    // Keeps CJK and accented text as characters while escaping markup; output is UTF-8.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly FluidParser Parser = new();

    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;

    public SiteTheme(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Theme folder '{directory}' does not exist.");
        }
        Directory = Path.GetFullPath(directory);
        _options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
    }

    /// <summary>The theme that ships beside the assembly (copied from the repository's <c>themes/default</c>).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    public string Directory { get; }

    /// <summary>
    /// Parses every template of the theme ahead of rendering (e.g. on an idle core while earlier build stages run).
    /// A template that does not parse is left out, so it fails, as before, only if a page renders it.
    /// </summary>
    public void Preload()
    {
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*.liquid", SearchOption.AllDirectories))
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(Directory, path), null).Replace('\\', '/');
            if (Parser.TryParse(File.ReadAllText(path), out var template, out _))
            {
                _templates.TryAdd(name, template);
            }
        }
    }

    public bool HasTemplate(string name) => File.Exists(TemplatePath(name));

    /// <summary>Renders <c>{name}.liquid</c> with the given top-level values; output is HTML-encoded unless a template says <c>raw</c>.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> values)
    {
        var template = _templates.GetOrAdd(name, Parse);
        var context = new TemplateContext(_options);
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }
        return template.Render(context, Encoder);
    }

    /// <summary>The Markdown of <c>content/{name}.md</c>, or empty when the theme has none.</summary>
    public string Content(string name)
    {
        var path = Path.Combine(Directory, "content", name + ".md");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>Asset files as paths relative to <c>assets/</c>, with forward slashes.</summary>
    public IEnumerable<string> Assets()
    {
        var root = Path.Combine(Directory, "assets");
        return System.IO.Directory.Exists(root)
            ? System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
    }

    public string ReadAsset(string relativePath) => File.ReadAllText(Path.Combine(Directory, "assets", relativePath));

    private string TemplatePath(string name) => Path.Combine(Directory, name + ".liquid");

    private IFluidTemplate Parse(string name)
    {
        var path = TemplatePath(name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Theme template '{name}.liquid' not found in '{Directory}'.", path);
        }
        return Parser.TryParse(File.ReadAllText(path), out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Theme template '{name}.liquid': {error}");
    }
}
