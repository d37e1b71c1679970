using Reader.Core.Alignment;
using Reader.Core.Content;
using Reader.Core.Documents;
using Reader.Core.Ingestion.Parsing;
using Reader.Core.Ingestion.Sectioning;
using Reader.Core.Repair;

namespace Reader.Core.Ingestion;

/// <summary>
/// The ingestion pipeline: read → repair → layout (front matter, header, boilerplate, slices) →
/// blocks → sections → units → cuts where the versions correspond. Everything specific to an article comes from its content set.
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
    public static ISourceRepairer? DefaultRepairer() => new MojibakeRepairer();

    public IngestResult Run(ContentSet content)
    {
        var warnings = new List<string>();
        var sources = content.Manifest.Sources.Select(source => (Source: source, Read: ReadSource(content, source))).ToList();
        var entries = sources.SelectMany(s => s.Source.Documents.Select(entry => (s.Source, s.Read.Layout, Repair: RepairOf(entry, s.Read), Entry: entry))).ToList();
        var built = new Dictionary<string, Document>(StringComparer.Ordinal);

        // Versions with structure first: what they say about each section is the evidence the others are labelled by.
        foreach (var e in entries.Where(e => e.Entry.Sections != SectioningMode.Content))
        {
            built[e.Entry.Id] = BuildDocument(content, e.Source, e.Entry, e.Layout, e.Repair, null, warnings);
        }
        var evidence = SectionEvidence.Build(content.Outline, built.Values.SelectMany(d => d.Units).Where(u => u.Section != "other").ToList());
        foreach (var e in entries.Where(e => e.Entry.Sections == SectioningMode.Content))
        {
            built[e.Entry.Id] = BuildDocument(content, e.Source, e.Entry, e.Layout, e.Repair, evidence, warnings);
        }
        var documents = entries.Select(e => built[e.Entry.Id]).ToList();
        // Last, each version is cut where its sentences move on to another paragraph of the original, so that a unit
        // says one thing the other versions say too: what alignment, comparison and citations work with.
        return new IngestResult(new Aligner().Cut(new Corpus(documents, content.SectionInfos)), warnings);
    }

    private (SourceLayout Layout, SourceLayout Original, RepairSummary Repair) ReadSource(ContentSet content, SourceEntry source)
    {
        var text = SourceText.Read(content.SourcePath(source));
        var original = SourceLayout.Read(text, source);
        if (_repairer is null)
        {
            return (original, original, RepairSummary.None);
        }
        var repaired = _repairer.Repair(text);
        return (SourceLayout.Read(repaired.Text, source), original, repaired.Summary);
    }

    // A source is repaired as a whole (more evidence for the code page), but what is reported is per document:
    // a document whose text came out unchanged was clean; another one is described by repairing its own slice.
    private RepairSummary RepairOf(DocumentEntry entry, (SourceLayout Layout, SourceLayout Original, RepairSummary Repair) read)
    {
        if (read.Repair.IsClean || _repairer is null || read.Layout == read.Original)
        {
            return read.Repair;
        }
        var ignored = new List<string>();
        var original = read.Original.Slice(entry, ignored);
        return read.Layout.Slice(entry, ignored) == original ? RepairSummary.None : _repairer.Repair(original).Summary;
    }

    private static Document BuildDocument(ContentSet content, SourceEntry source, DocumentEntry entry, SourceLayout layout, RepairSummary repair, SectionEvidence? evidence, List<string> warnings)
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
            SectioningMode.Content => new ContentSectioner(evidence),
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
