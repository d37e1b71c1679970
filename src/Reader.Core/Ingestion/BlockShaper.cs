using Reader.Core.Content;
using Reader.Core.Ingestion.Sectioning;

namespace Reader.Core.Ingestion;

/// <summary>Structural clean-up of parsed blocks before sectioning: reference lists dropped, headings recognised where the source only implies them.</summary>
public static class BlockShaper
{
    private const int HeadingMaxLength = 100;

    /// <summary>Blocks that hold nothing but links (reference lists) are not article text.</summary>
    public static IReadOnlyList<SourceBlock> DropLinkOnly(IReadOnlyList<SourceBlock> blocks) =>
        blocks.Where(b => !b.LinkOnly).ToList();

    /// <summary>A short single-line paragraph with no closing punctuation, followed by text, is a heading in plain-text sources.</summary>
    public static IReadOnlyList<SourceBlock> PromoteImplicitHeadings(IReadOnlyList<SourceBlock> blocks) =>
        blocks.Select((b, i) => b.Kind == BlockKind.Paragraph && i + 1 < blocks.Count && blocks[i + 1].Kind != BlockKind.Heading && IsTitleLike(b.Text)
            ? b with { Kind = BlockKind.Heading, Number = Cues.LeadingNumber(b.Text) }
            : b).ToList();

    /// <summary>A numbered item that stands alone as a short title (<c>3. Cursor / new layer of LLM apps</c>) is a numbered heading.</summary>
    public static IReadOnlyList<SourceBlock> PromoteNumberedItems(IReadOnlyList<SourceBlock> blocks, Outline outline) =>
        blocks.Select((b, i) => b is { Kind: BlockKind.ListItem, Number: { } n } && IsTitleLike(b.Text)
                && outline.Sections.Any(s => s.Number == n) && blocks.Count(o => o.ListId == b.ListId) == 1
            ? b with { Kind = BlockKind.Heading, Text = $"{n}. {b.Text}" }
            : b).ToList();

    /// <summary>Numbered headings (<c>### 1. …</c>) get their number.</summary>
    public static IReadOnlyList<SourceBlock> NumberHeadings(IReadOnlyList<SourceBlock> blocks) =>
        blocks.Select(b => b.Kind == BlockKind.Heading && b.Number is null ? b with { Number = Cues.LeadingNumber(b.Text) } : b).ToList();

    private static bool IsTitleLike(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= HeadingMaxLength && !t.Contains('\n') && !".:;,\u3002\uFF1A\uFF1B\uFF0C!\uFF01".Contains(t[^1]);
    }
}
