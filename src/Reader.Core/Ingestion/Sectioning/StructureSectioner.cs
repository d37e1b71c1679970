using Reader.Core.Content;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>Sections from the source's own structure: numbered headings open the section of that number, markers open theirs; everything else follows the last opened section.</summary>
public sealed class StructureSectioner : ISectioner
{
    public IReadOnlyList<SectionedBlock> Assign(IReadOnlyList<SourceBlock> blocks, string lang, Outline outline)
    {
        var current = outline.FirstSection;
        var result = new List<SectionedBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var opened = block.Kind == BlockKind.Heading && block.Number is { } n
                ? outline.Sections.FirstOrDefault(s => s.Number == n)?.Id
                : null;
            current = opened ?? Cues.MarkerSection(block.Text, lang, outline) ?? current;
            result.Add(new SectionedBlock(block, [new Piece(0..block.Text.Length, current)]));
        }
        return result;
    }
}
