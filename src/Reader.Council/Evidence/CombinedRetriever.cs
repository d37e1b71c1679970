namespace Reader.Council.Evidence;

/// <summary>
/// Merges several retrievers: each one's scores are scaled to its best hit, then summed per unit, so a
/// unit any of them finds gets in and one they agree on rises.
/// </summary>
public sealed class CombinedRetriever(params IReadOnlyList<IEvidenceRetriever> retrievers) : IEvidenceRetriever
{
    public IReadOnlyList<EvidenceHit> Retrieve(string question, string lang, int limit)
    {
        var merged = new Dictionary<string, EvidenceHit>(StringComparer.Ordinal);
        foreach (var retriever in retrievers)
        {
            var hits = retriever.Retrieve(question, lang, limit);
            var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
            if (best <= 0)
            {
                continue;
            }
            foreach (var hit in hits)
            {
                var score = hit.Score / best;
                merged[hit.Unit.Id] = merged.TryGetValue(hit.Unit.Id, out var seen) ? seen with { Score = seen.Score + score } : hit with { Score = score };
            }
        }
        return merged.Values
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Unit.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }
}
