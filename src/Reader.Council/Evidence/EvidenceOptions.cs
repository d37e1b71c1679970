namespace Reader.Council.Evidence;

/// <summary>How much evidence a question gets.</summary>
/// <param name="TokenBudget">Upper bound on the formatted passages, in o200k tokens.</param>
/// <param name="Hits">How many hits to ask the retriever for.</param>
/// <param name="MaxGroups">How many alignment groups (passages in all their versions) at most.</param>
public sealed record EvidenceOptions(int TokenBudget = 6000, int Hits = 40, int MaxGroups = 16)
{
    public static EvidenceOptions Default { get; } = new();
}
