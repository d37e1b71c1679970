using Reader.Core.Content;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>Applies the manifest's fixed regions (a preface, translator's notes) over the sections found otherwise.</summary>
public static class Regions
{
    public static IReadOnlyList<SectionedBlock> Apply(IReadOnlyList<SectionedBlock> blocks, DocumentEntry document, ICollection<string> warnings)
    {
        var result = blocks.ToList();
        foreach (var region in document.Regions)
        {
            var start = region.From is null ? 0 : result.FindIndex(b => Cues.StartsWith(b.Block.Text, region.From));
            if (start < 0)
            {
                warnings.Add($"{document.Id}: region start '{region.From}' not found");
                continue;
            }
            var end = region.Until is null ? result.Count : result.FindIndex(start, b => Cues.StartsWith(b.Block.Text, region.Until));
            if (end < 0)
            {
                warnings.Add($"{document.Id}: region end '{region.Until}' not found");
                continue;
            }
            for (var i = start; i < end; i++)
            {
                result[i] = result[i].WithSection(region.Section);
            }
        }
        return result;
    }
}
