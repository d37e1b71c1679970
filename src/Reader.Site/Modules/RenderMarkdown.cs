using Markdig;
using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>Turns Markdown documents into HTML fragments with Markdig (other documents pass through).</summary>
public sealed class RenderMarkdown : IModule
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context) => inputs
        .Select(d => d.MediaType == MediaTypes.Markdown
            ? d with { Content = Markdig.Markdown.ToHtml(d.Content, Markdown), MediaType = MediaTypes.HtmlFragment }
            : d)
        .ToList();
}
