namespace Reader.Core.Alignment.Scoring;

/// <summary>How well one unit matches a bag: a log-likelihood ratio against chance, and the words that matched.</summary>
/// <param name="LogLikelihoodRatio">Nats of evidence that the unit says what the bag says rather than something else.</param>
/// <param name="Matched">Words of the unit found in the bag, strongest first.</param>
/// <param name="Items">How many evidence words the unit has.</param>
internal sealed record PairEvidence(double LogLikelihoodRatio, IReadOnlyList<string> Matched, int Items)
{
    public static PairEvidence None { get; } = new(0, [], 0);
}
