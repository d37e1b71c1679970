namespace Reader.Core.Repair;

/// <summary>
/// Re-decides the undecided letters of space-delimited words (Latin, Cyrillic, Greek scripts): a combination of
/// candidates that spells a known word beats one the character model merely finds likely ("этом" over "стом").
/// Words the table does not know keep the character model's choice.
/// </summary>
internal sealed class AlphabeticWordDecoder(Func<AlphabeticWords> words, DocumentModel characters)
{
    // How much the character model's view of the letters counts beside the word's frequency.
    private const double LetterWeight = 0.3;
    private const int MaxMatches = 256;

    /// <summary>The character model words are scored with.</summary>
    public DocumentModel Characters => characters;

    /// <summary>Overrides <paramref name="path"/> in every alphabetic word that holds an undecided letter.</summary>
    public void Refine(IReadOnlyList<int[]> slots, int[] path)
    {
        var s = 0;
        while (s < slots.Count)
        {
            if (!IsWordSlot(slots[s], path[s]))
            {
                s++;
                continue;
            }
            var start = s;
            var ambiguous = false;
            while (s < slots.Count && IsWordSlot(slots[s], path[s]))
            {
                ambiguous |= slots[s].Length > 1;
                s++;
            }
            if (ambiguous)
            {
                Decide(slots, path, start, s);
            }
        }
    }

    /// <summary>
    /// Puts back letters that stood as they were (a lone é or à: damage only if its bytes were lost) where the decoder
    /// replaced them by something else although, kept, they spell a known word with their neighbours ("por que é que").
    /// </summary>
    public void KeepKnownWords(IReadOnlyList<int[]> slots, int[] path)
    {
        for (var s = 0; s < slots.Count; s++)
        {
            var kept = slots[s][0];
            if (slots[s].Length == 1 || path[s] == kept || !IsAlphabetic(kept) || IsAlphabetic(path[s])
                || (s > 0 && IsCjk(path[s - 1])) || (s + 1 < slots.Count && IsCjk(path[s + 1])))
            {
                continue;
            }
            var start = s;
            while (start > 0 && slots[start - 1].Length == 1 && IsAlphabetic(path[start - 1]))
            {
                start--;
            }
            var end = s + 1;
            while (end < slots.Count && slots[end].Length == 1 && IsAlphabetic(path[end]))
            {
                end++;
            }
            var word = path[start..end];
            word[s - start] = kept;
            if (words().Contains(word))
            {
                path[s] = kept;
            }
        }
    }

    /// <summary>
    /// Gives each rebuilt letter that could be either case the case of the word around it: the character model is
    /// case-folded, so Í and í of "Línea", both a lost byte away, score alike.
    /// </summary>
    public static void FollowCase(IReadOnlyList<int[]> slots, int[] path)
    {
        for (var s = 0; s < slots.Count; s++)
        {
            var chosen = path[s];
            var swapped = CaseSwap(chosen);
            if (slots[s].Length == 1 || swapped == chosen || !IsAlphabetic(chosen) || Array.IndexOf(slots[s], swapped) < 0)
            {
                continue;
            }
            if (UpperInWord(path, s) is { } upper && upper == IsLower(chosen))
            {
                path[s] = swapped;
            }
        }
    }

    // Inside a word a letter follows the one before it, except after a capital that starts a lower-case word (Línea);
    // the first letter is a capital only in a word of capitals (ÉL); otherwise the word does not say (Él or él).
    private static bool? UpperInWord(int[] path, int s)
    {
        bool? At(int i) => i >= 0 && i < path.Length && IsAlphabetic(path[i]) ? !IsLower(path[i]) : null;
        var (previous, next) = (At(s - 1), At(s + 1));
        if (previous is { } previousUpper)
        {
            return previousUpper && next != false;
        }
        return next == true && At(s + 2) == true ? true : null;
    }

    private static bool IsLower(int c) => c <= 0xFFFF && char.IsLower((char)c);

    private static bool IsCjk(int c) => c is (>= 0x3000 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or >= 0x20000;

    // A certain letter, or an undecided slot that the character model took for a letter or that can only be one.
    private static bool IsWordSlot(int[] candidates, int chosen) =>
        candidates.Length == 1 ? IsAlphabetic(chosen) : IsAlphabetic(chosen) || candidates.All(IsAlphabetic);

    // Letters of the scripts written with spaces between words (Latin, Greek, Cyrillic, Armenian).
    private static bool IsAlphabetic(int c) => c is >= 'A' and < 0x0530 && char.IsLetter((char)c);

    private void Decide(IReadOnlyList<int[]> slots, int[] path, int start, int end)
    {
        var table = words();
        var matches = new List<(int Word, int[] Choice)>();
        var choice = new int[end - start];
        Search(table, slots, start, end, 0, table.Count, choice, matches);
        if (matches.Count == 0)
        {
            return;
        }
        // A known word beats any unknown spelling; among known words the frequent one wins, the letters' fit breaking near-ties.
        var best = double.NegativeInfinity;
        int[]? bestChoice = null;
        foreach (var (word, letters) in matches)
        {
            ChooseCase(slots, path, start, end, letters);
            var score = table.LogProbability(word) + (LetterWeight * Letters(path, start, end, letters));
            if (score > best)
            {
                best = score;
                bestChoice = letters;
            }
        }
        bestChoice?.CopyTo(path, start);
    }

    // Every word of the table the slots can spell; where several candidates fold to the same letter, the character model picks among them later.
    private static void Search(AlphabeticWords table, IReadOnlyList<int[]> slots, int start, int end, int lo, int hi, int[] choice, List<(int, int[])> matches)
    {
        Walk(0, lo, hi);

        void Walk(int d, int l, int h)
        {
            if (matches.Count >= MaxMatches)
            {
                return;
            }
            if (start + d == end)
            {
                if (table.EndsAt(l, h, d))
                {
                    matches.Add((l, (int[])choice.Clone()));
                }
                return;
            }
            Span<ulong> seen = stackalloc ulong[4];
            foreach (var c in slots[start + d])
            {
                var code = table.Code(CharNGramModel.Fold(c));
                // One walk per folded letter; the case of the letter is settled by the character model afterwards.
                if (code == 0 || (seen[code >> 6] & (1UL << (code & 63))) != 0)
                {
                    continue;
                }
                seen[code >> 6] |= 1UL << (code & 63);
                var (nl, nh) = table.Narrow(l, h, d, code);
                if (nl < nh)
                {
                    choice[d] = c;
                    Walk(d + 1, nl, nh);
                }
            }
        }
    }

    // Character-model score of the letters of the word in their context.
    private double Letters(int[] path, int start, int end, int[] letters)
    {
        double total = 0;
        int a = start >= 2 ? path[start - 2] : 0, b = start >= 1 ? path[start - 1] : 0;
        for (var j = start; j < end; j++)
        {
            var c = letters[j - start];
            total += characters.Score(a, b, c);
            (a, b) = (b, c);
        }
        return total;
    }

    // The table is case-folded: where a slot offers the letter in both cases, the character model picks the case.
    private void ChooseCase(IReadOnlyList<int[]> slots, int[] path, int start, int end, int[] letters)
    {
        int a = start >= 2 ? path[start - 2] : 0, b = start >= 1 ? path[start - 1] : 0;
        for (var j = start; j < end; j++)
        {
            var c = letters[j - start];
            var swapped = CaseSwap(c);
            if (swapped != c && Array.IndexOf(slots[j], swapped) >= 0 && characters.Score(a, b, swapped) > characters.Score(a, b, c))
            {
                c = swapped;
                letters[j - start] = c;
            }
            (a, b) = (b, c);
        }
    }

    private static int CaseSwap(int c)
    {
        if (c > 0xFFFF)
        {
            return c;
        }
        var ch = (char)c;
        return char.IsUpper(ch) ? char.ToLowerInvariant(ch) : char.ToUpperInvariant(ch);
    }
}
