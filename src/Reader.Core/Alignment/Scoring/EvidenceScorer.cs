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

    /// <summary>
    /// Scores <paramref name="unit"/> against <paramref name="bag"/>. With <paramref name="pooled"/>, chance is judged
    /// against the whole bag rather than the part a word was found in: the fair test when choosing among groups of
    /// different sizes, where a big group would otherwise win by offering more places to find a word.
    /// </summary>
    public PairEvidence Score(UnitProfile unit, KeyBag bag, bool pooled = false)
    {
        if (unit.Items.Count == 0 || bag.IsEmpty)
        {
            return PairEvidence.None;
        }
        var total = 0.0;
        var matched = new List<(string Surface, double Gain)>();
        for (var k = 0; k < unit.Items.Count; k++)
        {
            var smallest = bag.SmallestPartHolding(unit.ItemKeyIds[k]);
            if (smallest == int.MaxValue)
            {
                continue;
            }
            var gain = Gain(unit, k, pooled ? bag.TotalSize : smallest);
            total += gain;
            matched.Add((unit.Items[k].Surface, gain));
        }
        var names = matched
            .OrderByDescending(m => m.Gain)
            .Select(m => m.Surface)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new PairEvidence(total, names, unit.Items.Count);
    }

    /// <summary>Evidence from finding item <paramref name="k"/> of <paramref name="unit"/> in a text of <paramref name="size"/> words.</summary>
    public double Gain(UnitProfile unit, int k, int size)
    {
        var logMisses = unit.LogMisses ??= unit.ItemKeyIds.Select(LogMiss).ToArray();
        var chance = Math.Clamp(1 - Math.Exp(size * logMisses[k]), 1e-4, 0.95);
        var recall = unit.Items[k].Kind == EvidenceKind.Anchor ? AnchorRecall : WordRecall;
        return Math.Clamp(Math.Log(recall / chance), 0, MaxGain);
    }

    /// <summary>Log-probability that one random key is none of the item's keys.</summary>
    private double LogMiss(int[] ids) => ids.Sum(id => Math.Log(1 - statistics.Probability(id)));
}
