using Reader.Core.Alignment.Features;

namespace Reader.Core.Alignment.Scoring;

/// <summary>How often each key occurs across the corpus: a rare shared key is strong evidence, a common one is weak.</summary>
internal sealed class KeyStatistics
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly double _total;

    public KeyStatistics(IEnumerable<UnitProfile> profiles)
    {
        long total = 0;
        foreach (var profile in profiles)
        {
            foreach (var (key, count) in profile.KeyCounts)
            {
                _counts[key] = _counts.GetValueOrDefault(key) + count;
                total += count;
            }
        }
        _total = Math.Max(1, total) + _counts.Count;
    }

    /// <summary>Smoothed probability that one key drawn from the corpus is <paramref name="key"/>.</summary>
    public double Probability(string key) => (_counts.GetValueOrDefault(key) + 0.5) / _total;
}
