using Reader.Core.Alignment.Features;

namespace Reader.Core.Alignment.Scoring;

/// <summary>
/// Scores a unit against a bag by the words it finds there, each worth the log-likelihood ratio <c>ln(p/q)</c>: a
/// word is found in a true counterpart with probability <c>p</c> and in an unrelated bag of the same size by chance
/// with probability <c>q</c> (from corpus key frequencies). Rare shared words and anchors weigh most, long bags earn
/// no credit for size. Words not found cost nothing: sparse lexicons miss most words of true counterparts too.
/// </summary>
internal sealed class EvidenceScorer(KeyStatistics statistics)
{
    /// <summary>Chance that a translated content word is found through lexicon, cognate or identity.</summary>
    public double WordRecall { get; init; } = 0.35;

    /// <summary>Chance that a number or name survives into the counterpart.</summary>
    public double AnchorRecall { get; init; } = 0.75;

    private const double MaxGain = 6.0;

    public PairEvidence Score(UnitProfile unit, KeyBag bag)
    {
        if (unit.Items.Count == 0 || bag.IsEmpty)
        {
            return PairEvidence.None;
        }
        var total = 0.0;
        var matched = new List<(string Surface, double Gain)>();
        foreach (var item in unit.Items)
        {
            var logMiss = 0.0;
            foreach (var key in item.Keys)
            {
                logMiss += Math.Log(1 - statistics.Probability(key));
            }
            var smallest = int.MaxValue;
            foreach (var key in item.Keys)
            {
                foreach (var size in bag.PartsHolding(key))
                {
                    smallest = Math.Min(smallest, size);
                }
            }
            if (smallest == int.MaxValue)
            {
                continue;
            }
            var chance = Math.Clamp(1 - Math.Exp(smallest * logMiss), 1e-4, 0.95);
            var recall = item.Kind == EvidenceKind.Anchor ? AnchorRecall : WordRecall;
            var gain = Math.Clamp(Math.Log(recall / chance), 0, MaxGain);
            total += gain;
            matched.Add((item.Surface, gain));
        }
        var names = matched
            .OrderByDescending(m => m.Gain)
            .Select(m => m.Surface)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new PairEvidence(total, names, unit.Items.Count);
    }
}
