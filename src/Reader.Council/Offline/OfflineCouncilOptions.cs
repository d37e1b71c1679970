namespace Reader.Council.Offline;

/// <summary>Tuning of the offline council.</summary>
/// <param name="MinCoverage">
/// Least share of the question's content (rarity-weighted) a passage must contain for the council to
/// answer from it; below it the council declines. Calibrated on questions the corpus cannot answer.
/// </param>
/// <param name="PassagesPerMember">How many passages each member proposes.</param>
public sealed record OfflineCouncilOptions(double MinCoverage = 0.4, int PassagesPerMember = 2)
{
    public static OfflineCouncilOptions Default { get; } = new();
}
