using Reader.Core.Content;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>Labels every sentence of a document's blocks with a section of the outline.</summary>
public interface ISectioner
{
    IReadOnlyList<SectionedBlock> Assign(IReadOnlyList<SourceBlock> blocks, string lang, Outline outline);
}
