using Reader.Core.Documents;

namespace Reader.Cli.Output;

/// <summary>The JSON shape of <c>reader ingest --json</c> (see design.md).</summary>
public sealed record CorpusJson(IReadOnlyList<DocumentJson> Documents)
{
    public static CorpusJson From(Corpus corpus) => new(corpus.Documents.Select(DocumentJson.From).ToList());
}

/// <summary>One document in <c>reader ingest --json</c>.</summary>
public sealed record DocumentJson(
    string Id,
    string Lang,
    string Kind,
    string Title,
    string Source,
    string? Origin,
    IReadOnlyDictionary<string, string> Metadata,
    RepairSummary Repair,
    IReadOnlyList<UnitJson> Units)
{
    public static DocumentJson From(Document d) => new(
        d.Id, d.Lang, d.Kind, d.Title, d.Source, d.Origin, d.Metadata, d.Repair,
        d.Units.Select(u => new UnitJson(u.Id, u.Section, u.Text, u.Heading)).ToList());
}

/// <summary>One unit in <c>reader ingest --json</c>.</summary>
public sealed record UnitJson(string Id, string Section, string Text, string? Heading);
