using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>Reads the theme's static assets (styles, scripts, icons) into <c>assets/</c>.</summary>
public sealed class ReadAssets : IModule
{
    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context) => inputs
        .Concat(context.Theme.Assets().Select(a => new SiteDocument("assets/" + a, context.Theme.ReadAsset(a), MediaTypes.FromExtension(a))))
        .ToList();
}
