using System.Text.Json.Serialization;
using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Site.Model;

namespace Reader.Site.Caching;

/// <summary>The ingest stage's result as cached: the corpus (repair summaries included) and ingestion's warnings.</summary>
public sealed record CachedIngest(IReadOnlyList<Document> Documents, IReadOnlyList<SectionInfo> Sections, IReadOnlyList<string> Warnings)
{
    public static CachedIngest From(IngestResult result) => new(result.Corpus.Documents, result.Corpus.Sections, result.Warnings);

    public IngestResult ToResult() => new(new Corpus(Documents, Sections), Warnings);
}

/// <summary>The align stage's result as cached: the groups in the aligner's order.</summary>
public sealed record CachedAlignment(IReadOnlyList<AlignmentGroup> Groups)
{
    public AlignmentResult ToResult() => new(Groups);
}

/// <summary>The council stage's result as cached: the precomputed answers of the static Ask page.</summary>
public sealed record CachedAnswers(IReadOnlyList<SiteAnswer> Answers);

/// <summary>A finished site as cached: what the build reported, and every output file by path and content hash.</summary>
public sealed record SiteManifest(int Pages, int Groups, bool Search, IReadOnlyList<string> Warnings, IReadOnlyList<SiteFile> Files)
{
    [JsonIgnore]
    public long Bytes => Files.Sum(f => f.Length);
}

/// <summary>One output file: its path under the site (forward slashes), the SHA-256 of its bytes and its length.</summary>
public sealed record SiteFile(string Path, string Sha256, long Length);

/// <summary>Source-generated serialisation of the cached stage results (no reflection on the warm path).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CachedIngest))]
[JsonSerializable(typeof(CachedAlignment))]
[JsonSerializable(typeof(CachedAnswers))]
[JsonSerializable(typeof(SiteManifest))]
public sealed partial class BuildCacheJson : JsonSerializerContext;
