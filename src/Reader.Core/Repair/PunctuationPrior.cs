namespace Reader.Core.Repair;

/// <summary>
/// Which punctuation a rebuilt character of one line is likely to be, from typography alone: quotes, dashes, the
/// ellipsis and the euro sign are far likelier than the format and symbol characters that share their lead byte, and
/// the neighbours tell an opening quote (before a word) from a closing one (after it) and a dash (between spaces).
/// Serves as a prior for the beam search, then re-decides the marks and pairs the quotes. Neutral beside Chinese or
/// Japanese text, whose quotes stand between characters without spaces.
/// </summary>
internal sealed class PunctuationPrior
{
    private const double Rare = -5;
    private const double WrongPlace = -8;

    // A mark this likely in its place is taken whatever the character model says.
    private const double ConfidentTypographic = -6;

    // The beam search ranks this many candidates of a character (by frequency alone); beyond that it never sees them.
    private const int BeamCandidates = 32;

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
        Digit,
        Open,
        Close,
        Unknown,
        Neutral,
        EmojiPresentation,
    }

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>; 0 for letters and CJK.</summary>
    public double Score(int slot, int candidate)
    {
        if (candidate is >= 0x80 and <= 0x9F)
        {
            // A rebuilt C1 control is only ever a byte of an inner layer of mojibake (see InnerLayerPrior).
            return 2 * Rare;
        }
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
        if (right == Side.EmojiPresentation)
        {
            // U+FE0F follows only symbols that have an emoji form (☀️ ✅ ➡️).
            return candidate is (>= 0x2190 and <= 0x21FF) or (>= 0x2300 and <= 0x23FF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
                or 0x203C or 0x2049 or 0x2122 or 0x2139 ? 0 : WrongPlace;
        }
        if (left == Side.Neutral || right == Side.Neutral)
        {
            return 0;
        }
        return Typographic(slot, candidate, left, right) ?? (candidate is 0x2020 or 0x2021 or 0x2030 or 0x2032 or 0x2033 or 0x2039 or 0x203A
            or (>= 0x2190 and <= 0x21FF) or 0x2705 or 0x2713 or 0x2714 or 0x2605 ? -2 : Rare);
    }

    // Log probability of a quote, dash or other common mark given its neighbours; null for any other character.
    private double? Typographic(int slot, int candidate, Side left, Side right)
    {
        var word = left is Side.Word or Side.Digit;
        var opening = left is Side.Space or Side.Open or Side.Unknown && right is Side.Word or Side.Digit or Side.Unknown or Side.Open;
        var closing = left is Side.Word or Side.Digit or Side.Close or Side.Unknown && right is Side.Space or Side.Close or Side.Unknown;
        var between = left == Side.Word && right == Side.Word;
        var digits = left == Side.Digit && right == Side.Digit;
        var spaced = left == Side.Space && right == Side.Space;
        // An apostrophe also opens a one-letter word: Dutch ’s and ’t, English ’n’.
        var elision = opening && right == Side.Word && SideAt(slot + 2) is Side.Space or Side.Close;
        // Quotations open on words far more often than on numbers, where a minus sign is as likely.
        var beforeNumber = right == Side.Digit ? -2 : 0;
        // A dash set against a word on one side only opens or closes an aside (Spanish —así—).
        var aside = (left == Side.Space && right == Side.Word) || (word && right is Side.Space or Side.Close);
        return candidate switch
        {
            0x201C => opening ? (_opensLow ? -2 : -1) + _guillemetPenalty + beforeNumber : WrongPlace,
            0x2018 => opening ? -2 + beforeNumber : WrongPlace,
            0x201E => opening ? (_opensLow ? -0.7 : -3) + beforeNumber : WrongPlace,
            0x201A => opening ? -5 : WrongPlace,
            0x201D => closing ? -1 + _guillemetPenalty : WrongPlace,
            0x2019 => between ? -0.3 : elision ? -0.5 : digits ? -6 : closing ? -1.2 : opening ? -4 : WrongPlace,
            0x2014 => spaced ? -0.7 : between ? -2.5 : aside ? -3 + (_guillemetPenalty < 0 ? 2.5 : 0) : -5,
            0x2013 => digits ? -0.5 : spaced ? -1.5 : between ? -3.5 : -5,
            0x2212 => right == Side.Digit ? -1.5 : -7,
            0x2026 => left is Side.Word or Side.Close or Side.Unknown ? -2 : -4,
            0x2022 => left == Side.Space && right == Side.Space ? -2 : -6,
            0x20AC => -2,
            0x2122 => word ? -2 : -7,
            _ => null,
        };
    }

    /// <summary>
    /// Re-decides the rebuilt punctuation of <paramref name="path"/>. Where a slot may be a common quote or dash, typography
    /// alone picks which (the character model, trained on words, mostly knows how frequent each mark is, and ’ as an
    /// apostrophe outnumbers them all). Other slots with more candidates than the beam search ranks are re-decided over
    /// all of them by <paramref name="score"/> (character model) in context plus <paramref name="prior"/>.
    /// </summary>
    public void Redecide(int[] path, Func<int, int, int, double> score, Func<int, int, double> prior)
    {
        for (var s = 0; s < path.Length; s++)
        {
            var candidates = _slots[s];
            if (candidates.Length == 1)
            {
                continue;
            }
            var left = SideAt(s - 1);
            var right = SideAt(s + 1);
            // A letter stays, unless it is a lone lead byte kept as it stood (the first candidate) at the edge of a word.
            if (IsAlphabeticLetter(path[s]) && (path[s] != candidates[0] || (left == Side.Word && right == Side.Word)))
            {
                continue;
            }
            if (left != Side.Neutral && right != Side.Neutral && right != Side.EmojiPresentation)
            {
                var best = ConfidentTypographic;
                var mark = 0;
                foreach (var c in candidates)
                {
                    if (Typographic(s, c, left, right) is { } p && p > best)
                    {
                        best = p;
                        mark = c;
                    }
                }
                if (mark != 0)
                {
                    path[s] = mark;
                    continue;
                }
            }
            // Only symbols beside alphabetic text: Chinese and Japanese are the word segmenter's to decide.
            if (candidates.Length > BeamCandidates && left != Side.Neutral && right != Side.Neutral
                && path[s] is (>= 0x2000 and <= 0x2BFF) or (>= 0x1F000 and <= 0x1FAFF))
            {
                path[s] = BestInContext(path, s, score, prior);
            }
        }
    }

    private int BestInContext(int[] path, int s, Func<int, int, int, double> score, Func<int, int, double> prior)
    {
        var best = double.NegativeInfinity;
        var chosen = path[s];
        foreach (var c in _slots[s])
        {
            path[s] = c;
            var total = prior(s, c);
            for (var j = s; j <= Math.Min(s + 2, path.Length - 1); j++)
            {
                total += score(j >= 2 ? path[j - 2] : 0, j >= 1 ? path[j - 1] : 0, path[j]);
            }
            if (total > best)
            {
                best = total;
                chosen = c;
            }
        }
        return chosen;
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
            return candidates.All(IsAlphabeticLetter) ? Side.Word : candidates.Any(IsCjk) ? Side.Neutral : Side.Unknown;
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
        if (char.IsDigit(ch))
        {
            return Side.Digit;
        }
        if (char.IsLetter(ch))
        {
            return Side.Word;
        }
        if (ch == '\uFE0F')
        {
            return Side.EmojiPresentation;
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
