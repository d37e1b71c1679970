namespace Reader.Core.Repair;

/// <summary>
/// Which punctuation a rebuilt character is likely to be, from typography alone: quotes, dashes, the ellipsis and
/// the euro sign are far likelier than the format and symbol characters that share their lead byte, and the
/// neighbours tell an opening quote (before a word) from a closing one (after it) and a dash (between spaces).
/// Neutral beside Chinese or Japanese text, whose quotes stand between characters without spaces.
/// </summary>
internal sealed class PunctuationPrior
{
    private const double Rare = -5;
    private const double WrongPlace = -4;

    // Function words of Dutch and German, whose typography opens a quotation low („…”); two in a line are telling.
    private static readonly HashSet<string> s_lowNineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "het", "een", "van", "niet", "zijn", "naar", "ook", "maar", "ik", "je", "wat", "dat", "met", "voor",
        "und", "der", "das", "nicht", "ist", "ein", "eine", "ich", "auf", "mit", "sich", "dem", "den", "zu",
    };

    private readonly IReadOnlyList<int[]> _slots;
    private readonly Side?[] _sides;
    private readonly bool _opensLow;

    // A line quoting with « » rarely also quotes with “ ”; there a rebuilt mark between words is a dash (—inciso—).
    private readonly double _guillemetPenalty;

    public PunctuationPrior(IReadOnlyList<int[]> slots)
    {
        _slots = slots;
        _sides = new Side?[slots.Count];
        _opensLow = CountLowNineWords(slots) >= 2;
        _guillemetPenalty = slots.Any(c => c.Length == 1 && c[0] is '\u00AB' or '\u00BB') ? -2 : 0;
    }

    private enum Side
    {
        Space,
        Word,
        Open,
        Close,
        Unknown,
        Neutral,
    }

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>; 0 for letters and CJK.</summary>
    public double Score(int slot, int candidate)
    {
        if (candidate > 0xFFFF)
        {
            // Outside the CJK extensions, a character this far up is an emoji or nothing the text would hold.
            return candidate is (>= 0x1F300 and <= 0x1FAFF) or >= 0x20000 ? 0 : Rare;
        }
        if (candidate is < 0x2000 or > 0x2BFF)
        {
            return 0;
        }
        var left = SideAt(slot - 1);
        var right = SideAt(slot + 1);
        if (left == Side.Neutral || right == Side.Neutral)
        {
            return 0;
        }
        var opening = left is Side.Space or Side.Open or Side.Unknown && right is Side.Word or Side.Unknown or Side.Open;
        var closing = left is Side.Word or Side.Close or Side.Unknown && right is Side.Space or Side.Close or Side.Unknown;
        var between = left == Side.Word && right == Side.Word;
        var spaced = left == Side.Space && right == Side.Space;
        return candidate switch
        {
            0x201C => opening ? (_opensLow ? -1 : 0) + _guillemetPenalty : WrongPlace,
            0x2018 => opening ? -0.3 : WrongPlace,
            0x201E => opening ? (_opensLow ? 0 : -0.7) : WrongPlace,
            0x201A => opening ? -2.5 : WrongPlace,
            0x201D => closing ? _guillemetPenalty : WrongPlace,
            0x2019 => between || closing ? 0 : opening ? -1.5 : WrongPlace,
            0x2014 => spaced || between ? 0 : -2,
            0x2013 => spaced ? -1.5 : between ? -1 : -2,
            0x2026 => left is Side.Word or Side.Close or Side.Unknown ? 0 : -1,
            0x2022 => left == Side.Space && right == Side.Space ? 0 : -3,
            0x20AC => 0,
            0x2122 => left == Side.Word ? 0 : -3,
            0x2020 or 0x2021 or 0x2030 or 0x2032 or 0x2033 or 0x2039 or 0x203A => -2,
            >= 0x2190 and <= 0x21FF => -2,
            _ => Rare,
        };
    }

    private Side SideAt(int slot)
    {
        if (slot < 0 || slot >= _slots.Count)
        {
            return Side.Space;
        }
        return _sides[slot] ??= Classify(_slots[slot]);
    }

    /// <summary>
    /// Makes closing quotes match the opening ones the decoder chose in <paramref name="path"/> (‘…’ and “…”), where the
    /// slot allows it: each quote on its own cannot tell a single from a double one.
    /// </summary>
    public void PairQuotes(int[] path)
    {
        var open = 0;
        for (var s = 0; s < path.Length; s++)
        {
            var c = path[s];
            if (c is 0x201C or 0x201E or 0x2018 or 0x201A)
            {
                open = c;
            }
            else if (c is 0x201D or 0x2019 && open != 0 && _slots[s].Length > 1)
            {
                var wanted = open is 0x2018 or 0x201A ? 0x2019 : 0x201D;
                // An apostrophe inside a word is no closing quote.
                var inWord = SideAt(s - 1) == Side.Word && SideAt(s + 1) == Side.Word;
                if (!inWord && wanted != c && Array.IndexOf(_slots[s], wanted) >= 0)
                {
                    path[s] = wanted;
                }
                if (!inWord)
                {
                    open = 0;
                }
            }
        }
    }

    private static int CountLowNineWords(IReadOnlyList<int[]> slots)
    {
        var count = 0;
        var word = new System.Text.StringBuilder();
        for (var s = 0; s <= slots.Count; s++)
        {
            if (s < slots.Count && slots[s].Length == 1 && slots[s][0] is >= 'A' and <= 'z' && char.IsLetter((char)slots[s][0]))
            {
                word.Append((char)slots[s][0]);
                continue;
            }
            if (word.Length > 0 && s_lowNineWords.Contains(word.ToString()))
            {
                count++;
            }
            word.Clear();
        }
        return count;
    }

    private static Side Classify(int[] candidates)
    {
        if (candidates.Length > 1)
        {
            return candidates.All(IsAlphabeticLetter) ? Side.Word : Side.Unknown;
        }
        var c = candidates[0];
        if (IsCjk(c))
        {
            return Side.Neutral;
        }
        if (c > 0xFFFF)
        {
            return Side.Unknown;
        }
        var ch = (char)c;
        if (char.IsWhiteSpace(ch))
        {
            return Side.Space;
        }
        if (char.IsLetterOrDigit(ch))
        {
            return Side.Word;
        }
        return ch switch
        {
            '(' or '[' or '{' or '\u00AB' or '\u00BF' or '\u00A1' => Side.Open,
            '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u00BB' or '\u2026' => Side.Close,
            _ => Side.Unknown,
        };
    }

    private static bool IsAlphabeticLetter(int c) => c is >= 'A' and < 0x0530 && char.IsLetter((char)c);

    private static bool IsCjk(int c) => c is (>= 0x3000 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);
}
