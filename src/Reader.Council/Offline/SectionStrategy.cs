using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>Decides first which section the answer is in (where relevant passages cluster), then picks within it.</summary>
internal sealed class SectionStrategy : IEvidenceStrategy
{
    private const int GroupsPerSection = 3;

    public string Name => "section";

    public IReadOnlyList<EvidencePassage> Choose(QuestionContext context, int count)
    {
        var groups = context.GroupOrder
            .Select((group, order) => (Group: group, Order: order, Section: context.Representative(group).Unit.Section, Score: context.GroupConsensus(group)))
            .Where(g => g.Score > 0)
            .ToList();
        var section = groups
            .GroupBy(g => g.Section)
            .Select(s => (Section: s.Key, Score: s.OrderByDescending(g => g.Score).Take(GroupsPerSection).Sum(g => g.Score), First: s.Min(g => g.Order)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.First)
            .FirstOrDefault();
        if (section.Section is null)
        {
            return [];
        }
        return groups
            .Where(g => g.Section == section.Section)
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.Order)
            .Take(count)
            .Select(g => context.Representative(g.Group))
            .ToList();
    }
}
