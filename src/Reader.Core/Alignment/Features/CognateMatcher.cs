namespace Reader.Core.Alignment.Features;

/// <summary>Finds pivot-language words a foreign word is a likely cognate of (<c>inteligencia</c> ~ <c>intelligence</c>).</summary>
internal sealed class CognateMatcher
{
    private const int MinLength = 5;
    private const double MinRatio = 0.75;

    private readonly Dictionary<char, List<string>> _byInitial = [];
    private readonly Dictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    public CognateMatcher(IEnumerable<string> pivotWords)
    {
        foreach (var word in pivotWords.Where(w => w.Length >= MinLength).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!_byInitial.TryGetValue(word[0], out var list))
            {
                _byInitial[word[0]] = list = [];
            }
            list.Add(word);
        }
    }

    /// <summary>Pivot words sharing the initial and at least three quarters of their letters in order with <paramref name="folded"/>.</summary>
    public string[] Match(string folded)
    {
        if (folded.Length < MinLength)
        {
            return [];
        }
        if (_cache.TryGetValue(folded, out var cached))
        {
            return cached;
        }
        var found = Candidates(folded)
            .Where(c => Math.Abs(c.Length - folded.Length) <= 4 && WordForms.Lcsr(c, folded) >= MinRatio)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        _cache[folded] = found;
        return found;
    }

    private IEnumerable<string> Candidates(string folded)
    {
        if (_byInitial.TryGetValue(folded[0], out var same))
        {
            foreach (var c in same)
            {
                yield return c;
            }
        }
        // Spanish and Portuguese prefix e- to s+consonant: estrategia ~ strategy, escala ~ scale.
        if (folded.Length > 3 && folded[0] == 'e' && folded[1] == 's' && !IsVowel(folded[2]) && _byInitial.TryGetValue('s', out var s))
        {
            foreach (var c in s)
            {
                yield return c;
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
