namespace Reader.Council.Offline;

/// <summary>Tuning of the offline council.</summary>
/// <param name="MinAnswerability">
/// Least share of the question's content (rarity-weighted, names counting <paramref name="NameWeight"/>)
/// a passage must contain for the council to answer from it; below it the council declines. Calibrated on
/// questions the corpus cannot answer against paraphrased ones it can.
/// </param>
/// <param name="PassagesPerMember">How many passages each member proposes.</param>
/// <param name="NameWeight">How much of its rarity a name in the question weighs when deciding whether a passage answers it.</param>
public sealed record OfflineCouncilOptions(double MinAnswerability = 0.175, int PassagesPerMember = 2, double NameWeight = 0.5)
{
    public static OfflineCouncilOptions Default { get; } = new();
}
