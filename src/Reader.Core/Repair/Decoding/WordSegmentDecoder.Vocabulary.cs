namespace Reader.Core.Repair.Decoding;

/// <summary>
/// The vocabulary walks: every entry of a word model that the candidates of the slots from a position can spell,
/// found by binary searches over the sorted entries, one character at a time, without building prefix strings.
/// </summary>
internal sealed partial class WordSegmentDecoder
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], Dictionary<int, (int Start, int End)>> s_firstCharacters = [];

    /// <summary>
    /// Calls <paramref name="found"/> (end, text, the entry it spells, character prior) for every entry of two or more
    /// characters in <paramref name="vocabulary"/> that the candidates spell from slot <paramref name="i"/>. It walks
    /// the entries sharing each prefix rather than the candidates, so a slot with hundreds of candidates (two lost
    /// bytes) costs no more than the words that fit.
    /// </summary>
    private void Spell(string[] vocabulary, int i, Action<int, string, string, double> found)
    {
        var index = s_firstCharacters.GetValue(vocabulary, IndexFirstCharacters);
        // A word may start with any candidate of a slot with a few dozen; in Chinese, of a slot with hundreds (two lost
        // bytes) only with those the character model ranked, while later characters of the word may still be any
        // candidate. IPAdic's words start anywhere: the character model prices every word in its Viterbi itself.
        // (A character that takes the space after it is one of a few: it may always start one.)
        var starts = !_wordTrigrams || Spellable(i).Length <= MaxWordStarts || _priors[i] is not { } ranked
            ? Spellable(i)
            : Spellable(i).Where(c => ranked.ContainsKey(c) || TakesSpace(i, c));
        foreach (var c in starts)
        {
            foreach (var key in Keys(c))
            {
                if (!index.TryGetValue(key, out var range))
                {
                    continue;
                }
                var depth = Units(key);
                var (lo, hi) = range;
                if (vocabulary[lo].Length == depth)
                {
                    lo++;
                }
                if (lo < hi)
                {
                    Walk(vocabulary, Next(i, c), depth, char.ConvertFromUtf32(c), CharacterPrior(i, c), lo, hi, found);
                }
            }
        }
    }

    // Every entry of vocabulary[lo, hi) starts with the same depth UTF-16 units, which text (the candidates) spells.
    private void Walk(string[] vocabulary, int position, int depth, string text, double prior, int lo, int hi, Action<int, string, string, double> found)
    {
        if (position >= _full.Length || !IsCjkSlot(_full[position]))
        {
            return;
        }
        var spellings = _spellings[position] ??= Spellings(Spellable(position));
        // Step through whichever is fewer: the slot's spellings (one, where the character is certain) or the
        // distinct characters that continue the prefix.
        if (spellings.Count * 8 < hi - lo)
        {
            foreach (var (key, candidates) in spellings)
            {
                var (start, end) = Range(vocabulary, depth, key, lo, hi);
                if (start < end)
                {
                    Continue(vocabulary, position, depth + Units(key), text, candidates, prior, start, end, found);
                }
            }
            return;
        }
        var k = lo;
        while (k < hi)
        {
            var key = char.ConvertToUtf32(vocabulary[k], depth);
            var (_, end) = Range(vocabulary, depth, key, k, hi);
            if (spellings.TryGetValue(key, out var candidates))
            {
                Continue(vocabulary, position, depth + Units(key), text, candidates, prior, k, end, found);
            }
            k = end;
        }
    }

    // vocabulary[start, end) all start with the same depth units, spelt at this position by any of candidates; the first
    // entry may be those units alone.
    private void Continue(string[] vocabulary, int position, int depth, string text, int[] candidates, double prior, int start, int end, Action<int, string, string, double> found)
    {
        var whole = vocabulary[start].Length == depth;
        foreach (var c in candidates)
        {
            var spelt = text + char.ConvertFromUtf32(c);
            var withPrior = prior + CharacterPrior(position, c);
            var rest = start;
            if (whole)
            {
                found(Next(position, c), spelt, vocabulary[start], withPrior);
                if (TakesSpace(position, c))
                {
                    found(position + 1, spelt, vocabulary[start], withPrior);
                }
                rest++;
            }
            if (rest < end)
            {
                Walk(vocabulary, Next(position, c), depth, spelt, withPrior, rest, end, found);
            }
        }
    }

    // The characters a candidate may be spelt by in the vocabulary: itself, and in Chinese lines its simplified forms.
    private IEnumerable<int> Keys(int c)
    {
        yield return c;
        if (!_chinese && c == FullWidthTilde)
        {
            // libkkc's corpus writes the wave dash for it.
            yield return WaveDash;
        }
        if (_chinese)
        {
            foreach (var simplified in Variants.Simplified(c))
            {
                yield return simplified;
            }
        }
    }

    private Dictionary<int, int[]> Spellings(int[] candidates)
    {
        var spellings = new Dictionary<int, List<int>>();
        foreach (var c in candidates)
        {
            foreach (var key in Keys(c))
            {
                if (!spellings.TryGetValue(key, out var list))
                {
                    spellings[key] = list = [];
                }
                list.Add(c);
            }
        }
        return spellings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    // Where the entries starting with each character lie: the first step of every word search, for up to a thousand
    // candidates a slot, is then a lookup instead of two binary searches.
    private static Dictionary<int, (int Start, int End)> IndexFirstCharacters(string[] vocabulary)
    {
        var index = new Dictionary<int, (int, int)>();
        var k = 0;
        while (k < vocabulary.Length)
        {
            if (vocabulary[k].Length == 0)
            {
                k++;
                continue;
            }
            var c = char.ConvertToUtf32(vocabulary[k], 0);
            var (start, end) = Range(vocabulary, 0, c, k, vocabulary.Length);
            index[c] = (start, end);
            k = end;
        }
        return index;
    }

    /// <summary>
    /// The entries of <paramref name="vocabulary"/>[lo, hi), which share their first <paramref name="depth"/> UTF-16 units,
    /// whose next character is <paramref name="key"/>: two binary searches on that character alone, so the walk builds
    /// no prefix strings and compares no more than it must.
    /// </summary>
    private static (int Start, int End) Range(string[] vocabulary, int depth, int key, int lo, int hi)
    {
        Span<char> units = stackalloc char[2];
        var next = units[..new System.Text.Rune(key).EncodeToUtf16(units)];
        var start = FirstAfter(vocabulary, depth, next, lo, hi, 0);
        return (start, FirstAfter(vocabulary, depth, next, start, hi, 1));
    }

    // The first entry of vocabulary[lo, hi) whose units from depth on compare with next at least as much as least (0: at
    // or beyond the entries that continue with next, 1: beyond them).
    private static int FirstAfter(string[] vocabulary, int depth, ReadOnlySpan<char> next, int lo, int hi, int least)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var rest = vocabulary[mid].AsSpan(depth);
            var compared = rest[..Math.Min(rest.Length, next.Length)].SequenceCompareTo(next);
            if (compared == 0 && rest.Length < next.Length)
            {
                compared = -1;
            }
            if (Math.Sign(compared) < least)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int Units(int codePoint) => codePoint > 0xFFFF ? 2 : 1;
}
