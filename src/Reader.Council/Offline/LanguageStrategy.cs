using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>
/// Reads only the version in one language: a passage's own match, helped by how well its other
/// versions match and by how much of the question the passage covers.
/// </summary>
internal sealed class LanguageStrategy(string lang) : IEvidenceStrategy
{
    public string Name => $"reader-{lang}";

    public IReadOnlyList<EvidencePassage> Choose(QuestionContext context, int count) =>
        context.Evidence.Passages
            .Where(p => p.Unit.Lang == lang)
            .Select(p => (Passage: p, Score: 0.5 * context.Relevance(p.Unit.Id) + 0.25 * context.GroupRelevance(p.GroupId) + 0.25 * context.Coverage(p.GroupId)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Passage.Unit.Id, StringComparer.Ordinal)
            .DistinctBy(c => c.Passage.GroupId)
            .Take(count)
            .Select(c => c.Passage)
            .ToList();
}
