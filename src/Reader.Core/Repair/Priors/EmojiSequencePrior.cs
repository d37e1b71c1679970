using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// Reads a stretch of emoji as the sequences Unicode lists (RGI ZWJ sequences and flags; the table is derived by
/// <c>tools/repair-lm/build_emoji_sequences.py</c>) where lost bytes left a choice. 🏳 and 🍳 (F0 9F 8F B3 and F0 9F 8D B3)
/// lose the same byte to cp1252, and the character models know the pan far better than the flag, but only the flag
/// makes a picture (🏳️‍🌈) with the rainbow after the joiner; latin-1 without C1 strips the 9F 87 of both regional
/// indicators of 🇹🇷, which then read as any two emoji.
/// </summary>
internal static class EmojiSequencePrior
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-emoji-sequences.txt.gz";
    private const int Selector = 0xFE0F;
    private const int FirstEmoji = 0x1F000;

    private static readonly Lazy<Table> s_table = new(Load);

    // A character of four bytes that lost all three continuation bytes may be any emoji: nothing says it is a regional
    // indicator of a flag (🍝 of 🍕🍝🍷 is a lone "ð" through latin-1 without C1, and would make 🇭🇷 with the 🍷 after it).
    // In a sequence a joiner holds together it may be any of its emoji (the 🌈 of 🏳️‍🌈 is as lone).
    private const int LostAllButTheLead = 3;
    private const int Joiner = 0x200D;

    /// <summary>
    /// Changes the rebuilt slots of each stretch of emoji in <paramref name="path"/> so that listed sequences cover as
    /// many of its slots as its candidates allow, changing as few as will do; <paramref name="lostBytes"/> says how many
    /// bytes each slot lost. Returns, per rebuilt slot a sequence covers, how sure the table is of its character: the
    /// share of the sequences that fit there as well that put it there.
    /// </summary>
    public static IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> CompleteSequences(IReadOnlyList<int[]> slots, int[] path, Func<int, int> lostBytes)
    {
        var decided = new Dictionary<int, (int CodePoint, double Probability)[]>();
        // (Most lines hold no emoji; a line of Chinese misread through latin-1 has a thousand candidates per slot.)
        if (Array.TrueForAll(path, c => c < FirstEmoji))
        {
            return decided;
        }
        var table = s_table.Value;
        var s = 0;
        while (s < slots.Count)
        {
            if (!IsPart(table, slots[s], path[s]))
            {
                s++;
                continue;
            }
            var start = s;
            while (s < slots.Count && IsPart(table, slots[s], path[s]))
            {
                s++;
            }
            Complete(table, slots, path, lostBytes, start, s, decided);
        }
        return decided;
    }

    // A slot of a stretch of emoji: one that holds a character of a listed sequence or a selector, or that may.
    private static bool IsPart(Table table, int[] candidates, int chosen) =>
        table.IsPart(chosen) || (candidates.Length > 1 && Array.Exists(candidates, table.IsPart));

    private static void Complete(
        Table table, IReadOnlyList<int[]> slots, int[] path, Func<int, int> lostBytes, int start, int end,
        Dictionary<int, (int CodePoint, double Probability)[]> decided)
    {
        // Only a stretch with a rebuilt slot, and with an emoji beyond the BMP (a run of rebuilt dashes and quotes is
        // none, however many symbols of the BMP its bytes could make).
        var rebuilt = false;
        var emoji = false;
        for (var s = start; s < end; s++)
        {
            rebuilt |= slots[s].Length > 1;
            emoji |= path[s] >= FirstEmoji;
        }
        if (!rebuilt || !emoji)
        {
            return;
        }
        // Best cover from each slot to the end: (slots covered, slots changed), and the fit that starts there.
        var length = end - start;
        var best = new (int Covered, int Changed, int[]? Fit)[length + 1];
        // Every fit from each slot, with the slots it and the best cover after it cover.
        var fits = new List<(int[] Fit, int Covered)>?[length];
        for (var i = length - 1; i >= 0; i--)
        {
            best[i] = (best[i + 1].Covered, best[i + 1].Changed, null);
            foreach (var sequence in table.StartingWith(slots[start + i], path[start + i]))
            {
                if (Fit(slots, path, lostBytes, start + i, end, sequence) is not { } fit)
                {
                    continue;
                }
                var next = best[i + fit.Length];
                var covered = fit.Length + next.Covered;
                (fits[i] ??= []).Add((fit, covered));
                var changed = Changes(path, start + i, fit) + next.Changed;
                if (covered > best[i].Covered || (covered == best[i].Covered && changed < best[i].Changed))
                {
                    best[i] = (covered, changed, fit);
                }
            }
        }
        for (var i = 0; i < length;)
        {
            if (best[i].Fit is { } fit)
            {
                // The fits of the same length that cover as much: each rebuilt slot's character is as sure as the share
                // of them that agree on it (🇵 of 🇵🇹 is the one regional indicator its last byte spells).
                var rivals = fits[i]!.Where(f => f.Fit.Length == fit.Length && f.Covered == best[i].Covered).ToList();
                for (var k = 0; k < fit.Length; k++)
                {
                    if (slots[start + i + k].Length > 1)
                    {
                        decided[start + i + k] = [.. rivals.GroupBy(f => f.Fit[k])
                            .Select(g => (g.Key, (double)g.Count() / rivals.Count))
                            .OrderByDescending(x => x.Item2)];
                    }
                }
                fit.CopyTo(path, start + i);
                i += fit.Length;
            }
            else
            {
                i++;
            }
        }
    }

    // The characters of the slots from start on that spell the sequence, each among its slot's candidates, with a
    // selector where one stands or may stand after a character (🏳️‍🌈 as written, or 🏳‍🌈); null where they do not.
    private static int[]? Fit(IReadOnlyList<int[]> slots, int[] path, Func<int, int> lostBytes, int start, int end, int[] sequence)
    {
        var fit = new List<int>(sequence.Length + 2);
        var s = start;
        for (var k = 0; k < sequence.Length; k++)
        {
            if (s == end || !Holds(slots[s], path[s], sequence[k])
                || (sequence[k] != path[s] && lostBytes(s) >= LostAllButTheLead && Array.IndexOf(sequence, Joiner) < 0))
            {
                return null;
            }
            fit.Add(sequence[k]);
            s++;
            if (s < end && (k + 1 == sequence.Length || !Holds(slots[s], path[s], sequence[k + 1])) && Holds(slots[s], path[s], Selector))
            {
                fit.Add(Selector);
                s++;
            }
        }
        return [.. fit];
    }

    private static bool Holds(int[] candidates, int chosen, int c) =>
        chosen == c || (candidates.Length > 1 && Array.IndexOf(candidates, c) >= 0);

    private static int Changes(int[] path, int start, int[] fit)
    {
        var changed = 0;
        for (var k = 0; k < fit.Length; k++)
        {
            changed += path[start + k] == fit[k] ? 0 : 1;
        }
        return changed;
    }

    private static Table Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var sequences = new List<int[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            sequences.Add([.. line.Split(' ').Select(p => int.Parse(p, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))]);
        }
        return new Table(sequences);
    }

    /// <summary>The listed sequences (without U+FE0F), by their first character.</summary>
    private sealed class Table
    {
        private readonly Dictionary<int, List<int[]>> _byFirst = [];
        private readonly HashSet<int> _parts = [Selector];

        public Table(List<int[]> sequences)
        {
            foreach (var sequence in sequences)
            {
                if (!_byFirst.TryGetValue(sequence[0], out var list))
                {
                    _byFirst[sequence[0]] = list = [];
                }
                list.Add(sequence);
                _parts.UnionWith(sequence);
            }
        }

        public bool IsPart(int c) => _parts.Contains(c);

        // The sequences that may start at a slot: those whose first character it holds or may hold.
        public IEnumerable<int[]> StartingWith(int[] candidates, int chosen)
        {
            if (candidates.Length == 1)
            {
                return _byFirst.GetValueOrDefault(chosen) ?? [];
            }
            return candidates.Where(_byFirst.ContainsKey).SelectMany(c => _byFirst[c]);
        }
    }
}
