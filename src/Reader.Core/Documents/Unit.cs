namespace Reader.Core.Documents;

/// <summary>A paragraph-sized run of text in one document: the unit that is aligned, indexed and cited.</summary>
/// <param name="Id">Stable id, <c>{documentId}-{hash}</c>: the same text in the same document keeps its id.</param>
/// <param name="DocumentId">The document the unit belongs to.</param>
/// <param name="Lang">ISO 639-1 language code of the text.</param>
/// <param name="Section">Section id from the outline (<c>intro</c>, <c>shift-1</c>, …, <c>other</c>).</param>
/// <param name="Ordinal">Zero-based position of the unit in its document.</param>
/// <param name="Text">Plain text: no Markdown markers, whitespace folded.</param>
public sealed record Unit(string Id, string DocumentId, string Lang, string Section, int Ordinal, string Text)
{
    /// <summary>The heading that stands right before this unit in the source, if any.</summary>
    public string? Heading { get; init; }

    /// <summary>
    /// True when the unit goes on with the source paragraph of the unit before it: ingestion cut that paragraph
    /// where its sentences follow different paragraphs of the original, and readers see it whole.
    /// </summary>
    public bool ContinuesParagraph { get; init; }
}
