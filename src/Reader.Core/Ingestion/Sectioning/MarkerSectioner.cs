using Reader.Core.Content;
using Reader.Core.Text;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>Sections for run-on text: a sentence that starts with one of the outline's markers opens that section, mid-paragraph if need be.</summary>
public sealed class MarkerSectioner : ISectioner
{
    public IReadOnlyList<SectionedBlock> Assign(IReadOnlyList<SourceBlock> blocks, string lang, Outline outline)
    {
        var segmenter = new SentenceSegmenter(lang);
        var current = outline.FirstSection;
        var result = new List<SectionedBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var pieces = new List<Piece>();
            foreach (var range in segmenter.SplitRanges(block.Text))
            {
                current = Cues.MarkerSection(block.Text[range], lang, outline) ?? current;
                pieces.Add(new Piece(range, current));
            }
            if (pieces.Count > 0)
            {
                result.Add(new SectionedBlock(block, pieces));
            }
        }
        return result;
    }
}
