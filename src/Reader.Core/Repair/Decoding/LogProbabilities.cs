namespace Reader.Core.Repair.Decoding;

/// <summary>Arithmetic on natural-log scores: summing them, and turning a slot's scores into ranked probabilities.</summary>
internal static class LogProbabilities
{
    /// <summary>The log of the sum of the exponentials of <paramref name="values"/>, without overflow.</summary>
    public static double LogSumExp(IReadOnlyList<double> values)
    {
        var max = values.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(values.Sum(v => Math.Exp(v - max)));
    }

    /// <summary>Each candidate with its share of the probability its score gives it among all of them, likeliest first.</summary>
    public static (int CodePoint, double Probability)[] Ranked(IReadOnlyList<int> candidates, IReadOnlyList<double> scores)
    {
        var total = LogSumExp(scores);
        return candidates.Select((c, k) => (c, Math.Exp(scores[k] - total)))
            .OrderByDescending(x => x.Item2)
            .ToArray();
    }
}
