using System.Diagnostics;
using Reader.Site.Model;
using Reader.Site.Modules;
using Reader.Site.Pipeline;
using Reader.Site.Theme;

namespace Reader.Site;

/// <summary>Builds the static site from a <see cref="SiteModel"/>: the pipelines below, written to a temporary folder that replaces the output only when the whole build succeeded.</summary>
public static class SiteBuilder
{
    /// <summary>The site's pipelines (Statiq-shaped: swap this list for Statiq pipelines where Statiq is available).</summary>
    public static IReadOnlyList<SitePipeline> Pipelines() =>
    [
        new SitePipeline("pages")
        {
            Process = [GeneratePages.All(), new RenderMarkdown(), new ApplyTemplates()],
            PostProcess = [new CheckLinks()],
            Output = [new WriteFiles()],
        },
        new SitePipeline("assets")
        {
            Process = [new ReadAssets(), new SearchData()],
            Output = [new WriteFiles()],
        },
    ];

    public static SiteBuildResult Build(SiteModel model, string outputDirectory, string? themeDirectory = null, IProgress<string>? progress = null) =>
        Build(model, outputDirectory, new SiteTheme(themeDirectory ?? SiteTheme.DefaultDirectory), progress);

    /// <summary>Builds with a theme the caller opened (and perhaps <see cref="SiteTheme.Preload">preloaded</see>) beforehand.</summary>
    public static SiteBuildResult Build(SiteModel model, string outputDirectory, SiteTheme theme, IProgress<string>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var output = Path.GetFullPath(outputDirectory);
        var lookup = new SiteLookup(model);
        var written = OutputSwap.Replace(output, staging =>
            new PipelineEngine(Pipelines()).Run(new SiteContext(lookup, theme, staging), progress));
        return new SiteBuildResult(
            output,
            written.Count(d => d.MediaType == MediaTypes.Html),
            written.Count,
            written.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Content)),
            stopwatch.Elapsed);
    }
}

/// <summary>What a build wrote: where, how many pages and files, how many bytes, how long it took.</summary>
public sealed record SiteBuildResult(string OutputDirectory, int Pages, int Files, long Bytes, TimeSpan Elapsed);
