namespace Reader.Core.Documents;

/// <summary>One version of the article in one language, normalised into units.</summary>
public sealed record Document
{
    /// <summary>Stable document id from the manifest (e.g. <c>en</c>, <c>zh-summary</c>).</summary>
    public required string Id { get; init; }

    /// <summary>ISO 639-1 language code.</summary>
    public required string Lang { get; init; }

    /// <summary>What the version is: original, translation, retelling, summary, adaptation.</summary>
    public required string Kind { get; init; }

    /// <summary>Title shown to readers.</summary>
    public required string Title { get; init; }

    /// <summary>File name of the source under <c>content/sources</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Where the text comes from (author, site), for provenance.</summary>
    public string? Origin { get; init; }

    /// <summary>Front matter and other metadata found in the source.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>What text repair changed in this document's source, if anything.</summary>
    public RepairSummary Repair { get; init; } = RepairSummary.None;

    /// <summary>The units in reading order.</summary>
    public required IReadOnlyList<Unit> Units { get; init; }
}
