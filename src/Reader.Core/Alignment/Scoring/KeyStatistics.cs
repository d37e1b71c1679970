using Reader.Core.Alignment.Features;

namespace Reader.Core.Alignment.Scoring;

/// <summary>
/// How often each key occurs across the corpus (a rare shared key is strong evidence, a common one weak), and a
/// dense number for each key so that matching compares integers, not strings.
/// </summary>
internal sealed class KeyStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _counts = [];
    private readonly double _total;

    /// <summary>Counts the keys of <paramref name="profiles"/> and gives each profile its items' key numbers.</summary>
    public KeyStatistics(IReadOnlyCollection<UnitProfile> profiles)
    {
        long total = 0;
        foreach (var profile in profiles)
        {
            var ids = new int[profile.Items.Count][];
            for (var k = 0; k < profile.Items.Count; k++)
            {
                var keys = profile.Items[k].Keys;
                ids[k] = new int[keys.Length];
                for (var n = 0; n < keys.Length; n++)
                {
                    if (!_ids.TryGetValue(keys[n], out var id))
                    {
                        _ids[keys[n]] = id = _counts.Count;
                        _counts.Add(0);
                    }
                    _counts[id]++;
                    total++;
                    ids[k][n] = id;
                }
            }
            profile.ItemKeyIds = ids;
        }
        _total = Math.Max(1, total) + _counts.Count;
    }

    /// <summary>Smoothed probability that one key drawn from the corpus is key number <paramref name="id"/>.</summary>
    public double Probability(int id) => (_counts[id] + 0.5) / _total;
}
