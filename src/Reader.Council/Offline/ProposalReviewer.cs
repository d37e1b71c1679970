using Reader.Council.Answers;

namespace Reader.Council.Offline;

/// <summary>
/// Offline peer review: a member ranks the others' proposals by how far they agree with its own,
/// how far the rest of the council backs them (shared alignment groups, else the same section),
/// and how much of the question they cover. It never sees its own proposal in the list.
/// </summary>
internal static class ProposalReviewer
{
    /// <summary><paramref name="own"/>'s member ranks every other proposal in <paramref name="all"/>, best first.</summary>
    public static MemberRanking Rank(Proposal own, IReadOnlyList<Proposal> all)
    {
        var ranking = all
            .Where(p => p.Member != own.Member)
            .Select(p => (p.Member, Score: 0.35 * Agreement(p, own) + 0.35 * Support(p, all) + 0.3 * p.Coverage))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Member, StringComparer.Ordinal)
            .Select(p => p.Member)
            .ToList();
        return new MemberRanking(own.Member, ranking);
    }

    /// <summary>1 when two proposals quote a common passage (in any language), 0.5 when they agree on the section.</summary>
    public static double Agreement(Proposal a, Proposal b) =>
        a.GroupIds.Intersect(b.GroupIds, StringComparer.Ordinal).Any() ? 1 : a.Section == b.Section ? 0.5 : 0;

    private static double Support(Proposal proposal, IReadOnlyList<Proposal> all)
    {
        var others = all.Where(p => p.Member != proposal.Member).ToList();
        return others.Count == 0 ? 0 : others.Average(p => Agreement(proposal, p));
    }
}
