namespace Reader.Core.Ingestion;

/// <summary>What a block of source text is.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Quote,
}

/// <summary>A block of a source after parsing: plain text (no markup), lines kept as <c>\n</c>.</summary>
/// <param name="Kind">Heading, paragraph, list item or quote.</param>
/// <param name="Text">Plain text of the block.</param>
/// <param name="Number">The number of a numbered heading or list item (<c>3.</c> → 3).</param>
/// <param name="LinkOnly">True when the block holds nothing but links: a reference list, not article text.</param>
/// <param name="ListId">Blocks with the same list id are items of one list.</param>
public sealed record SourceBlock(BlockKind Kind, string Text, int? Number = null, bool LinkOnly = false, int ListId = -1);
