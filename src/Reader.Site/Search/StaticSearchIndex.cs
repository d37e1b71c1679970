using System.Text.Json.Serialization;

namespace Reader.Site.Search;

/// <summary>The static search index as shipped to the browser (see <see cref="StaticSearchExport"/>).</summary>
public sealed record StaticSearchIndex
{
    public required int Version { get; init; }

    /// <summary><c>bigram</c> or <c>dictionary</c>: how search.js splits a CJK run of a query.</summary>
    public required string Cjk { get; init; }

    public required IReadOnlyList<StaticSearchDocument> Documents { get; init; }

    /// <summary>Per group (in reading order), the indexes of its units.</summary>
    public required IReadOnlyList<int[]> Groups { get; init; }

    public required IReadOnlyList<string> GroupIds { get; init; }

    /// <summary>Per unit: document index, group index, number of terms.</summary>
    public required IReadOnlyList<int[]> Units { get; init; }

    public required IReadOnlyList<string> UnitIds { get; init; }

    /// <summary>Per unit, its section id.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>Section id → English title, for labelling hits.</summary>
    public required IReadOnlyDictionary<string, string> SectionTitles { get; init; }

    public required IReadOnlyList<string> Texts { get; init; }

    /// <summary>Term → flat pairs of (unit index, term frequency).</summary>
    public required IReadOnlyDictionary<string, int[]> Postings { get; init; }

    /// <summary>Word surface → analysed terms, for every surface whose analysis is not itself.</summary>
    public required IReadOnlyDictionary<string, string[]> Surfaces { get; init; }
}

/// <summary>A version as the search results label it (<paramref name="Tag"/> as on every page, e.g. <c>ZH · summary</c>).</summary>
public sealed record StaticSearchDocument(string Id, string Lang, string Title, string Kind, string Tag);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StaticSearchIndex))]
internal sealed partial class StaticSearchJson : JsonSerializerContext;
