using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// Re-decides the ambiguous characters of CJK stretches by the best segmentation into dictionary words
/// (a unigram word model needs no state beyond the position, so this is an exact dynamic programme).
/// </summary>
internal sealed class WordSegmentDecoder(WordModel words, DocumentModel characters)
{
    // Word search branches on every candidate; beyond the likeliest few (by character frequency) it only costs time.
    private const int MaxCandidatesPerSlot = 16;
    private const double ConfidentCharacter = 0.7;

    /// <summary>
    /// Overrides <paramref name="path"/> inside every CJK stretch that holds an ambiguous slot, except where the
    /// context-aware character model is already confident (<paramref name="posteriors"/>): bare word frequency
    /// must not overrule context ("过程中" is no word, yet 中 is plain from its neighbours).
    /// </summary>
    public void Refine(IReadOnlyList<int[]> allSlots, int[] path, Dictionary<int, (int CodePoint, double Probability)[]> posteriors)
    {
        var slots = allSlots.Select((candidates, s) =>
            posteriors.TryGetValue(s, out var ranked) && ranked.Length > 0 && ranked[0].Probability >= ConfidentCharacter
                ? [ranked[0].CodePoint]
                : candidates.Length <= MaxCandidatesPerSlot
                    ? candidates
                    : candidates.OrderByDescending(c => c == path[s] ? double.MaxValue : characters.Score(0, 0, c)).Take(MaxCandidatesPerSlot).ToArray())
            .ToArray();
        var i = 0;
        while (i < slots.Length)
        {
            if (!IsCjkSlot(slots[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var ambiguous = false;
            while (i < slots.Length && IsCjkSlot(slots[i]))
            {
                ambiguous |= slots[i].Length > 1;
                i++;
            }
            if (ambiguous)
            {
                Segment(slots, path, start, i);
            }
        }
    }

    private void Segment(IReadOnlyList<int[]> slots, int[] path, int start, int end)
    {
        var n = end - start;
        var best = new double[n + 1];
        var choice = new string?[n + 1];
        var from = new int[n + 1];
        Array.Fill(best, double.NegativeInfinity);
        best[0] = 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNegativeInfinity(best[i]))
            {
                continue;
            }
            // Every candidate on its own, as a word or as an unknown character.
            foreach (var c in slots[start + i])
            {
                var text = char.ConvertFromUtf32(c);
                var score = best[i] + (words.WordScore(text) ?? words.UnknownScore(characters.Score(0, 0, c)));
                Relax(best, choice, from, i, i + 1, score, text);
            }
            Extend(slots, start, i, n, new StringBuilder(), best, choice, from);
        }
        var j = n;
        while (j > 0)
        {
            var k = from[j];
            var text = choice[j]!;
            var slot = start + k;
            var index = 0;
            while (index < text.Length)
            {
                var cp = char.ConvertToUtf32(text, index);
                path[slot++] = cp;
                index += char.IsSurrogatePair(text, index) ? 2 : 1;
            }
            j = k;
        }
    }

    // Grows multi-character words from position i while they remain prefixes of dictionary words.
    private void Extend(IReadOnlyList<int[]> slots, int start, int i, int n, StringBuilder prefix, double[] best, string?[] choice, int[] from)
    {
        var position = i + CodePointCount(prefix);
        if (position >= n || prefix.Length >= words.MaxLength)
        {
            return;
        }
        foreach (var c in slots[start + position])
        {
            var length = prefix.Length;
            prefix.Append(char.ConvertFromUtf32(c));
            var text = prefix.ToString();
            if (words.IsPrefix(text))
            {
                if (position > i && words.WordScore(text) is { } score)
                {
                    Relax(best, choice, from, i, position + 1, best[i] + score, text);
                }
                Extend(slots, start, i, n, prefix, best, choice, from);
            }
            prefix.Length = length;
        }
    }

    private static void Relax(double[] best, string?[] choice, int[] from, int i, int j, double score, string text)
    {
        if (score > best[j])
        {
            best[j] = score;
            choice[j] = text;
            from[j] = i;
        }
    }

    private static int CodePointCount(StringBuilder text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (!char.IsLowSurrogate(text[k]))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsCjkSlot(int[] candidates) => candidates.All(IsCjk);

    private static bool IsCjk(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF);
}
