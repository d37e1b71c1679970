using Reader.Core.Content;
using Reader.Core.Documents;
using Reader.Core.Ingestion.Parsing;
using Reader.Core.Ingestion.Sectioning;
using Reader.Core.Repair;

namespace Reader.Core.Ingestion;

/// <summary>
/// The ingestion pipeline: read → repair → layout (front matter, header, boilerplate, slices) →
/// blocks → sections → units. Everything specific to an article comes from its content set.
/// </summary>
public sealed class Ingestor
{
    private readonly ISourceRepairer? _repairer;

    /// <param name="repairer">Repairs damaged sources before parsing; null leaves text as read.</param>
    public Ingestor(ISourceRepairer? repairer)
    {
        _repairer = repairer;
    }

    /// <summary>Ingests the article set in <paramref name="contentDir"/> with the default repairer.</summary>
    public static IngestResult Ingest(string contentDir) => new Ingestor(DefaultRepairer()).Run(ContentSet.Load(contentDir));

    /// <summary>The repairer ingestion uses unless told otherwise.</summary>
    public static ISourceRepairer? DefaultRepairer() => null;

    public IngestResult Run(ContentSet content)
    {
        var warnings = new List<string>();
        var documents = new List<Document>();
        foreach (var source in content.Manifest.Sources)
        {
            var text = SourceText.Read(content.SourcePath(source));
            var repair = RepairSummary.None;
            if (_repairer is not null)
            {
                var repaired = _repairer.Repair(text);
                text = repaired.Text;
                repair = repaired.Summary;
            }
            var layout = SourceLayout.Read(text, source);
            foreach (var entry in source.Documents)
            {
                documents.Add(BuildDocument(content, source, entry, layout, repair, warnings));
            }
        }
        return new IngestResult(new Corpus(documents, content.SectionInfos), warnings);
    }

    private static Document BuildDocument(ContentSet content, SourceEntry source, DocumentEntry entry, SourceLayout layout, RepairSummary repair, List<string> warnings)
    {
        var outline = content.Outline;
        IBlockReader reader = source.Format == SourceFormat.Markdown ? new MarkdownBlockReader() : new PlainTextBlockReader();
        var blocks = BlockShaper.DropLinkOnly(reader.Read(layout.Slice(entry, warnings)));
        if (source.Format == SourceFormat.Text || entry.Sections == SectioningMode.Content)
        {
            blocks = BlockShaper.PromoteImplicitHeadings(blocks);
        }
        blocks = BlockShaper.NumberHeadings(blocks);
        if (entry.Sections == SectioningMode.Structure)
        {
            blocks = BlockShaper.PromoteNumberedItems(blocks, outline);
        }
        ISectioner sectioner = entry.Sections switch
        {
            SectioningMode.Markers => new MarkerSectioner(),
            SectioningMode.Content => new ContentSectioner(),
            _ => new StructureSectioner(),
        };
        var sectioned = Regions.Apply(sectioner.Assign(blocks, entry.Lang, outline), entry, warnings);
        var units = new UnitBuilder(entry.Id, entry.Lang).Build(sectioned);
        if (units.Count == 0)
        {
            warnings.Add($"{entry.Id}: no text found in {source.File}");
        }
        return new Document
        {
            Id = entry.Id,
            Lang = entry.Lang,
            Kind = entry.Kind,
            Title = entry.Title ?? layout.Metadata.GetValueOrDefault("title") ?? content.Manifest.Title,
            Source = source.File,
            Origin = entry.Origin,
            Metadata = layout.Metadata,
            Repair = repair,
            Units = units,
        };
    }
}
