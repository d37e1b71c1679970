using Reader.Site.Model;
using Reader.Site.Theme;

namespace Reader.Site.Pipeline;

/// <summary>What every module can see: the model, the theme, where output goes, and the other pipelines' outputs.</summary>
public sealed class SiteContext(SiteLookup lookup, SiteTheme theme, string outputDirectory)
{
    public SiteLookup Lookup { get; } = lookup;

    public SiteModel Model => Lookup.Model;

    public SiteTheme Theme { get; } = theme;

    /// <summary>The folder the Output phase writes into (a temporary folder the builder swaps in afterwards).</summary>
    public string OutputDirectory { get; } = outputDirectory;

    /// <summary>Outputs of the Process phase of every pipeline; filled before PostProcess runs.</summary>
    public IReadOnlyList<SiteDocument> AllOutputs { get; internal set; } = [];
}
