using Reader.Council.Answers;

namespace Reader.Council.Review;

/// <summary>Combines the reviewers' rankings into one order by average position, as llm-council does.</summary>
public static class RankingAggregator
{
    /// <summary>Every member that received a vote, best (lowest average rank) first; ties go to more votes, then name.</summary>
    public static IReadOnlyList<AggregateRank> Aggregate(IEnumerable<MemberRanking> rankings)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Ranking.Count; i++)
            {
                var member = ranking.Ranking[i];
                if (member == ranking.Reviewer)
                {
                    // A self-vote can only come from a bug upstream; it must never count.
                    continue;
                }
                if (!positions.TryGetValue(member, out var list))
                {
                    list = [];
                    positions[member] = list;
                }
                list.Add(i + 1);
            }
        }
        return positions
            .Select(p => new AggregateRank(p.Key, Math.Round(p.Value.Average(), 3), p.Value.Count))
            .OrderBy(r => r.AverageRank)
            .ThenByDescending(r => r.Votes)
            .ThenBy(r => r.Member, StringComparer.Ordinal)
            .ToList();
    }
}
