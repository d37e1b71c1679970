using Reader.Core.Documents;

namespace Reader.Council.Evidence;

/// <summary>A unit a retriever found for a question, with its relevance (higher is better).</summary>
public sealed record EvidenceHit(Unit Unit, double Score);
