using Reader.Core.Documents;

namespace Reader.Core.Ingestion;

/// <summary>The normalised corpus and anything ingestion noticed but could go on without.</summary>
public sealed record IngestResult(Corpus Corpus, IReadOnlyList<string> Warnings);
