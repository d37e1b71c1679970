namespace Reader.Core.Documents;

/// <summary>The unit ids nearest to one that does not exist, so a mistyped id gets a useful answer.</summary>
public static class UnitSuggestions
{
    /// <summary>Up to <paramref name="count"/> ids within a few edits of <paramref name="unitId"/>, nearest first.</summary>
    public static IReadOnlyList<string> For(string unitId, Corpus corpus, int count = 5)
    {
        var wanted = unitId.ToLowerInvariant();
        return corpus.Units
            .Select(u => (u.Id, Distance: EditDistance(wanted, u.Id)))
            .Where(c => c.Distance <= Math.Max(3, wanted.Length / 2))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Id)
            .ToList();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
