using System.Text.Json.Serialization;

namespace Reader.Core.Content;

/// <summary>The manifest of an article set (<c>sources.json</c>): which files exist and what ingestion must know about each.</summary>
public sealed record SourceManifest
{
    /// <summary>The article's title, for the site.</summary>
    public string Title { get; init; } = "";

    /// <summary>The article's author, for the site.</summary>
    public string Author { get; init; } = "";

    /// <summary>Document id of the version the others are aligned against (usually the original).</summary>
    public string Pivot { get; init; } = "";

    public IReadOnlyList<SourceEntry> Sources { get; init; } = [];
}

/// <summary>One source file and the documents cut from it.</summary>
public sealed record SourceEntry
{
    /// <summary>File name under <c>sources/</c>, the provenance of its documents.</summary>
    public string File { get; init; } = "";

    /// <summary><c>markdown</c> (parsed with Markdig) or <c>text</c> (blank-line separated blocks).</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Text;

    /// <summary>Metadata keys for the first non-empty lines of the file (e.g. author, title), which are not article text.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>Line prefixes that open a loader's boilerplate tail: that line and all after it are dropped.</summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];

    public IReadOnlyList<DocumentEntry> Documents { get; init; } = [];
}

/// <summary>How a source file is written.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceFormat>))]
public enum SourceFormat
{
    Text,
    Markdown,
}

/// <summary>How a document's units get their section labels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SectioningMode>))]
public enum SectioningMode
{
    /// <summary>From numbered headings and items and the outline's markers.</summary>
    Structure,

    /// <summary>From the outline's markers found at sentence starts of run-on text.</summary>
    Markers,

    /// <summary>From what each sentence talks about, matched against the outline's keywords.</summary>
    Content,
}

/// <summary>One document (one version in one language) cut from a source.</summary>
public sealed record DocumentEntry
{
    public string Id { get; init; } = "";

    public string Lang { get; init; } = "";

    /// <summary>original, translation, retelling, summary, adaptation.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Title; when absent, taken from front matter or the header.</summary>
    public string? Title { get; init; }

    public string? Origin { get; init; }

    /// <summary>The document starts after the line holding this text (exclusive).</summary>
    public string? From { get; init; }

    /// <summary>The document ends before the line holding this text (exclusive).</summary>
    public string? Until { get; init; }

    /// <summary><c>paragraph</c> when every source line is a paragraph of its own.</summary>
    public string? LineBreaks { get; init; }

    public SectioningMode Sections { get; init; } = SectioningMode.Structure;

    /// <summary>Stretches of the document whose section is fixed by where they stand (a preface, translator's notes).</summary>
    public IReadOnlyList<RegionEntry> Regions { get; init; } = [];
}

/// <summary>A stretch of a document bounded by blocks that start with the given texts.</summary>
public sealed record RegionEntry
{
    /// <summary>The region starts at the block starting with this text; absent = at the document start.</summary>
    public string? From { get; init; }

    /// <summary>The region ends before the block starting with this text; absent = at the document end.</summary>
    public string? Until { get; init; }

    public string Section { get; init; } = "other";
}
