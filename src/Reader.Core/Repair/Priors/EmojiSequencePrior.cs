using System.Text;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// Reads a stretch of emoji joined by U+200D as a sequence Unicode lists (🏳️‍🌈 is 🏳 U+FE0F ZWJ 🌈; the table is derived by
/// <c>tools/repair-lm/build_emoji_sequences.py</c>) where a lost byte left a choice: 🏳 and 🍳 (F0 9F 8F B3 and F0 9F 8D B3)
/// lose the same byte to cp1252, and the character models know the pan far better than the flag, but only the flag
/// makes a picture with the rainbow after the joiner.
/// </summary>
internal static class EmojiSequencePrior
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-emoji-sequences.txt.gz";
    private const int Joiner = 0x200D;
    private const int Selector = 0xFE0F;

    // Readings of one stretch weighed at most: a stretch of emoji whose every character lost a byte has few slots.
    private const int MaxReadings = 4096;

    private static readonly Lazy<(HashSet<string> Sequences, HashSet<int> Parts)> s_table = new(Load);

    /// <summary>
    /// Changes the rebuilt slots of each stretch of emoji in <paramref name="path"/> to the candidates that make more of
    /// its joined groups listed sequences and fewer unlisted ones, changing as few slots as will do.
    /// </summary>
    public static void CompleteSequences(IReadOnlyList<int[]> slots, int[] path)
    {
        var s = 0;
        while (s < slots.Count)
        {
            if (!IsPart(slots[s], path[s]))
            {
                s++;
                continue;
            }
            var start = s;
            while (s < slots.Count && IsPart(slots[s], path[s]))
            {
                s++;
            }
            Complete(slots, path, start, s);
        }
    }

    // A slot of a stretch of emoji: one that holds a character of a listed sequence, or a rebuilt one that may be the
    // joiner (the model may have read its bytes as ” or a space of U+2000 to U+200F).
    private static bool IsPart(int[] candidates, int chosen) =>
        IsSequencePart(chosen) || (candidates.Length > 1 && Array.IndexOf(candidates, Joiner) >= 0);

    private static bool IsSequencePart(int c) => c == Selector || s_table.Value.Parts.Contains(c);

    private static void Complete(IReadOnlyList<int[]> slots, int[] path, int start, int end)
    {
        var open = new List<int>();
        var mayJoin = false;
        for (var s = start; s < end; s++)
        {
            if (slots[s].Length > 1)
            {
                open.Add(s);
            }
            mayJoin |= Array.IndexOf(slots[s], Joiner) >= 0;
        }
        if (open.Count == 0 || !mayJoin)
        {
            return;
        }
        var options = open.Select(s => slots[s].Where(IsSequencePart).DefaultIfEmpty(path[s]).ToArray()).ToArray();
        if (options.Aggregate(1L, (n, o) => n * o.Length) > MaxReadings)
        {
            return;
        }
        var reading = path[start..end];
        var (bestScore, bestChanges) = (Score(reading), 0);
        int[]? best = null;
        Try(0, 0);
        best?.CopyTo(path, start);

        void Try(int k, int changes)
        {
            if (k == open.Count)
            {
                var score = Score(reading);
                if (score > bestScore || (best is not null && score == bestScore && changes < bestChanges))
                {
                    (best, bestScore, bestChanges) = ((int[])reading.Clone(), score, changes);
                }
                return;
            }
            var at = open[k] - start;
            foreach (var candidate in options[k])
            {
                reading[at] = candidate;
                Try(k + 1, changes + (candidate == path[open[k]] ? 0 : 1));
            }
            reading[at] = path[open[k]];
        }
    }

    // How many of the stretch's groups with a joiner are listed sequences, less those that are not. A group is the
    // characters joined by U+200D, with their selectors left out and their skin tones kept; any other character parts
    // groups.
    private static int Score(int[] stretch)
    {
        var sequences = s_table.Value.Sequences;
        var score = 0;
        var group = new StringBuilder();
        var joined = false;
        var afterJoiner = false;
        foreach (var c in stretch)
        {
            if (c == Selector)
            {
                continue;
            }
            var part = IsSequencePart(c);
            // A new group starts at any character that is no sequence's, and at an emoji no joiner leads to (a skin
            // tone goes with the emoji before it).
            if (!part || (c != Joiner && !afterJoiner && group.Length > 0 && c is not (>= 0x1F3FB and <= 0x1F3FF)))
            {
                End();
            }
            if (part)
            {
                group.Append(group.Length > 0 ? " " : "").Append(c.ToString("X", System.Globalization.CultureInfo.InvariantCulture));
                joined |= c == Joiner;
            }
            afterJoiner = c == Joiner;
        }
        End();
        return score;

        void End()
        {
            if (joined)
            {
                score += sequences.Contains(group.ToString()) ? 1 : -1;
            }
            group.Clear();
            joined = false;
        }
    }

    private static (HashSet<string>, HashSet<int>) Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var sequences = new HashSet<string>(StringComparer.Ordinal);
        var parts = new HashSet<int>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            sequences.Add(line);
            foreach (var point in line.Split(' '))
            {
                parts.Add(int.Parse(point, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return (sequences, parts);
    }
}
