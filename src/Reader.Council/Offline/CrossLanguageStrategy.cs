using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>Trusts passages that match in several languages at once: relevance summed over a group's versions, times the share of the question they cover.</summary>
internal sealed class CrossLanguageStrategy : IEvidenceStrategy
{
    public string Name => "cross-language";

    public IReadOnlyList<EvidencePassage> Choose(QuestionContext context, int count) =>
        context.GroupOrder
            .Select((group, order) => (Group: group, Order: order, Score: context.GroupConsensus(group) * (0.5 + context.Coverage(group))))
            .Where(g => g.Score > 0)
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.Order)
            .Take(count)
            .Select(g => context.Representative(g.Group))
            .ToList();
}
