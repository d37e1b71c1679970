namespace Reader.Core.Ingestion.Sectioning;

/// <summary>A block with each of its sentences labelled with a section.</summary>
public sealed record SectionedBlock(SourceBlock Block, IReadOnlyList<Piece> Pieces)
{
    /// <summary>The section of the block's first sentence (headings have one piece).</summary>
    public string Section => Pieces[0].Section;

    /// <summary>The same block with every piece moved to <paramref name="section"/>.</summary>
    public SectionedBlock WithSection(string section) =>
        this with { Pieces = Pieces.Select(p => p with { Section = section }).ToList() };
}

/// <summary>A sentence (or run of sentences) of a block and its section.</summary>
public sealed record Piece(Range Range, string Section);
