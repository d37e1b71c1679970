namespace Reader.Core.Repair.Priors;

/// <summary>
/// Marks that come in pairs: closing quotes matched to their openers, CJK brackets to their partners, full-width
/// parentheses around an aside.
/// </summary>
internal sealed partial class PunctuationPrior
{
    /// <summary>
    /// Makes closing quotes match the opening ones the decoder chose in <paramref name="path"/> (‘…’ and “…”), where the
    /// slot allows it: each quote on its own cannot tell a single from a double one. Beside Chinese or Japanese, where
    /// no space tells an opening quote from a closing one, rebuilt double quotes alternate (“…” “…”).
    /// </summary>
    public void PairQuotes(int[] path)
    {
        AlternateBesideCjk(path);
        var open = 0;
        // The quotation a nested one stands in (“… ‘…’ …”).
        var outer = 0;
        // Where the text after the last closed quotation starts: an opening quote for a lone closing one lies beyond it.
        var after = 0;
        var openedAt = 0;
        for (var s = 0; s < path.Length; s++)
        {
            var c = path[s];
            if (c is 0x201C or 0x201E or 0x2018 or 0x201A)
            {
                // A quotation opened inside a double one is a single one, where the slot allows it.
                if (open is 0x201C or 0x201E && c is 0x201C && _slots[s].Length > 1 && Array.IndexOf(_slots[s], 0x2018) >= 0)
                {
                    path[s] = c = 0x2018;
                    outer = open;
                }
                open = c;
                openedAt = s;
            }
            else if (c is 0x201D or 0x2019)
            {
                // An apostrophe inside a word, or one that opens a one-letter word (’s ochtends), is no closing quote.
                var inWord = SideAt(s - 1) == Side.Word && SideAt(s + 1) == Side.Word;
                if (inWord || (c == 0x2019 && SideAt(s - 1) is Side.Space or Side.Open && IsElision(s)))
                {
                    continue;
                }
                if (open != 0 && (_slots[s].Length > 1 || _slots[openedAt].Length > 1))
                {
                    var wanted = open is 0x2018 or 0x201A ? 0x2019 : 0x201D;
                    if (wanted != c && _slots[s].Length > 1 && Array.IndexOf(_slots[s], wanted) >= 0)
                    {
                        path[s] = wanted;
                    }
                    else if (wanted != c && OpenerFor(openedAt, c) is { } opener)
                    {
                        // The closing quote cannot match the opening one, but the opening one, rebuilt too, can match it:
                        // „Start” where the Dutch „ lost its 0x9E and typography alone prefers ‘.
                        path[openedAt] = open = opener;
                    }
                }
                else if (open == 0 && c == 0x201D)
                {
                    // Where dialogue opens with dashes, a closing mark nothing opened closes an aside (—dijo Íñigo—.).
                    if (IsDialogueLine && _slots[s].Length > 1 && Array.IndexOf(_slots[s], 0x2014) >= 0)
                    {
                        path[s] = 0x2014;
                    }
                    else if (!OpenBefore(path, after, s) && IsLineBreakHyphen(s))
                    {
                        path[s] = Hyphen;
                    }
                }
                (open, outer) = (outer, 0);
                after = s + 1;
            }
        }
        if (open is 0x201C or 0x2018 && outer == 0)
        {
            CloseAtDash(path, openedAt, open == 0x201C ? 0x201D : 0x2019);
        }
        SetAsidesBetweenDashes(path);
    }

    // Conjunctions and prepositions of Spanish and Portuguese that open an aside (—y aquí no admito discusión—, —con
    // git blame—) and hardly ever a quotation.
    private static readonly HashSet<string> s_asideOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "e", "o", "u", "ou", "ni", "nem", "que", "con", "com", "sin", "sem", "por", "para", "pero", "mas", "aunque",
        "embora", "como", "seg\u00FAn", "segundo", "incluso", "sobre", "sobretudo", "s\u00ED", "no", "n\u00E3o", "es",
    };

    /// <summary>
    /// Spanish and Portuguese set an aside between unspaced em dashes that face outwards (final —y aquí no admito
    /// discusión— es), just where quotes would stand; latin-1 without its C1 bytes leaves both the same lone "â", and
    /// typography alone prefers quotes. In a Spanish or Portuguese line, a rebuilt pair that encloses words after a
    /// word of the sentence, opening with a conjunction or preposition or listing with commas (—add, commit, push—), is
    /// an aside.
    /// </summary>
    private void SetAsidesBetweenDashes(int[] path)
    {
        if (!_dialogueDashes)
        {
            return;
        }
        for (var open = 1; open < path.Length; open++)
        {
            if (path[open] is not (0x201C or 0x2018) || !MayBeDash(open) || SideAt(open - 1) != Side.Space || SideAt(open - 2) != Side.Word)
            {
                continue;
            }
            var close = Array.FindIndex(path, open + 1, c => c is 0x201D or 0x2019 or 0x201C or 0x2018 or '.' or '?' or '!' or ':');
            if (close < 0 || path[close] != (path[open] == 0x201C ? 0x201D : 0x2019) || !MayBeDash(close) || SideAt(close - 1) != Side.Word)
            {
                continue;
            }
            var first = WordEdge(open + 1, +1);
            var enclosed = path.AsSpan(open + 1, close - open - 1);
            if (first > open && enclosed.Contains(' ')
                && (s_asideOpeners.Contains(Spell(open + 1, first)) || (enclosed.Contains(',') && char.IsLower((char)path[open + 1]))))
            {
                path[open] = path[close] = EmDash;
            }
            open = close;
        }
    }

    private bool MayBeDash(int slot) => _slots[slot].Length > 1 && Array.IndexOf(_slots[slot], EmDash) >= 0;

    // Of the opening quotes of the closing one's kind that rebuilt slot holds, the likeliest where it stands; null where
    // it holds none or stood whole.
    private int? OpenerFor(int slot, int closing)
    {
        if (_slots[slot].Length == 1)
        {
            return null;
        }
        int[] openers = closing == 0x2019 ? [0x2018, 0x201A] : [0x201C, 0x201E];
        var held = openers.Where(o => Array.IndexOf(_slots[slot], o) >= 0).ToList();
        return held.Count == 0 ? null : held.MaxBy(o => Score(slot, o));
    }

    /// <summary>
    /// A quotation left open closes at the first rebuilt dash set right after a word that may be its closing quote: a
    /// closing quote whose space was forgotten ("“Imágenes”del", "“generalmente”se") reads to every model as a dash
    /// joining two words.
    /// </summary>
    private void CloseAtDash(int[] path, int opening, int closing)
    {
        for (var s = opening + 1; s < path.Length; s++)
        {
            if (IsDash(path[s]) && _slots[s].Length > 1 && SideAt(s - 1) == Side.Word && Array.IndexOf(_slots[s], closing) >= 0)
            {
                path[s] = closing;
                return;
            }
        }
    }

    private const int FullWidthOpen = 0xFF08;
    private const int FullWidthClose = 0xFF09;
    private const int FullWidthComma = 0xFF0C;
    private const int FullWidthColon = 0xFF1A;

    // The longest aside full-width parentheses are taken to enclose, and the longest one without Latin text in it.
    private const int LongestAside = 40;
    private const int LongestBareAside = 8;

    // How much less the character model may like a pair of parentheses than the marks it chose (natural log): it
    // weighs each mark alone, and ， is the commonest by far.
    private const double AsideMargin = 4;

    /// <summary>
    /// Latin-1 without its C1 bytes leaves every full-width mark from EF BC 80 to EF BC 9F (，（）：；！？) as the same
    /// lone "ï¼", and the models, weighing one mark at a time, take the commonest, ，. Two such marks around a short aside
    /// with no other mark or sentence end in it open and close it where it holds Latin text or code, or is only a few
    /// characters long (（可选的）, （使用端口 7777）), unless the character model finds the parentheses far less likely
    /// there than the marks it chose.
    /// </summary>
    public void PlaceFullWidthMarks(int[] path, Func<int, int, int, double> score)
    {
        var marks = new List<int>();
        for (var s = 0; s < path.Length; s++)
        {
            var c = _slots[s];
            if (c.Length > 1 && Array.IndexOf(c, FullWidthOpen) >= 0 && Array.IndexOf(c, FullWidthClose) >= 0
                && Array.IndexOf(c, FullWidthComma) >= 0 && Array.IndexOf(c, FullWidthColon) >= 0)
            {
                marks.Add(s);
            }
        }
        for (var k = 0; k + 1 < marks.Count; k++)
        {
            var (open, close) = (marks[k], marks[k + 1]);
            if (IsAside(path, open + 1, close)
                && (IsAsciiAfterCjk(path, open, close)
                    || Around(path, open, FullWidthOpen, score) - Around(path, open, path[open], score)
                    + Around(path, close, FullWidthClose, score) - Around(path, close, path[close], score) > -AsideMargin))
            {
                path[open] = FullWidthOpen;
                path[close] = FullWidthClose;
                k++;
            }
        }
    }

    // Whether the marks at open and close enclose only ASCII, right after Chinese or Japanese text (日志（WAL）并且). There
    // the pair is ten times likelier parentheses than commas (counted in Debian's manpages-zh), whatever the character
    // model, which hardly knows ASCII beside CJK, says.
    private bool IsAsciiAfterCjk(int[] path, int open, int close) =>
        SideAt(open - 1) == Side.Neutral && !path.AsSpan(open + 1, close - open - 1).ContainsAnyExceptInRange(0x20, 0x7E);

    // Whether path[from..to) reads as a parenthetical aside: short, with no mark or sentence end of its own.
    private static bool IsAside(int[] path, int from, int to)
    {
        var length = to - from;
        if (length < 1 || length > LongestAside)
        {
            return false;
        }
        var latin = false;
        for (var i = from; i < to; i++)
        {
            var c = path[i];
            if (c is 0x3001 or 0x3002 or (>= 0xFF01 and <= 0xFF0F) or (>= 0xFF1A and <= 0xFF1F) or '(' or ')')
            {
                return false;
            }
            latin |= c is '`' or (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }
        return latin || length <= LongestBareAside;
    }

    /// <summary>
    /// Pairs the CJK brackets of a line. 「 (E3 80 8C) stays whole in cp1252 and cp1254 while 」 (E3 80 8D) loses a byte
    /// and is 、 (E3 80 81) to every model; cp1250 loses the 0x88 of （ (EF BC 88), read as ！. Where a bracket has no
    /// partner before the next one of its kind (or the line's end or start), the rebuilt mark within its reach that
    /// fits the partner best becomes it. A bracket the line before left open, or one the line after closes first, is
    /// such a bracket too (text wrapped inside an aside), and there the partner is not looked for in this line.
    /// </summary>
    public void PairBrackets(int[] path, Func<int, int, int, double> score)
    {
        foreach (var (open, close) in s_cjkBrackets)
        {
            var openedBefore = _around.OpenBefore == open;
            var closedAfter = _around.CloseAfter == close;
            if (openedBefore)
            {
                PlaceClose(path, 0, open, close, closedAfter, score);
            }
            if (closedAfter)
            {
                PlaceOpen(path, path.Length, open, close, openedBefore, score);
            }
            for (var s = 0; s < path.Length; s++)
            {
                // Only a bracket that stood whole is evidence of its partner; one rebuilt may be a guess itself, but for
                // one that opens a line, where no other mark of its bytes may stand.
                if (_slots[s].Length > 1 && !(path[s] == open && AtLineStart(s)))
                {
                    continue;
                }
                if (path[s] == open)
                {
                    PlaceClose(path, s + 1, open, close, closedAfter, score);
                }
                else if (path[s] == close)
                {
                    PlaceOpen(path, s, open, close, openedBefore, score);
                }
            }
        }
    }

    // For a bracket opened before from: its partner within reach (up to the next bracket of the pair), unless one is
    // there or the line after closes it.
    private void PlaceClose(int[] path, int from, int open, int close, bool closedAfter, Func<int, int, int, double> score)
    {
        var end = from;
        while (end < path.Length && path[end] != close && path[end] != open)
        {
            end++;
        }
        if ((end == path.Length && !closedAfter) || (end < path.Length && path[end] == open))
        {
            Place(path, from, end, close, score);
        }
    }

    // For a bracket that closes at to: its partner within reach (back to the last bracket of the pair), unless one is
    // there or the line before opened it.
    private void PlaceOpen(int[] path, int to, int open, int close, bool openedBefore, Func<int, int, int, double> score)
    {
        var start = to - 1;
        while (start >= 0 && path[start] != open && path[start] != close)
        {
            start--;
        }
        if ((start < 0 && !openedBefore) || (start >= 0 && path[start] == close))
        {
            Place(path, start + 1, to, open, score);
        }
    }

    /// <summary>
    /// Of the CJK brackets that stood whole in <paramref name="text"/> (0 where a character was rebuilt, with its
    /// candidates in <paramref name="slots"/>), the opening one it leaves open at its end; 0 where it leaves none, or
    /// where a rebuilt character after it may close it (「…ね」 whose 」 lost a byte).
    /// </summary>
    public static int LeftOpen(ReadOnlySpan<int> text, IReadOnlyList<int[]>? slots)
    {
        foreach (var (open, close) in s_cjkBrackets)
        {
            var at = text.LastIndexOf(open);
            if (at >= 0 && text[at..].IndexOf(close) < 0 && !MayBe(text, slots, at + 1, text.Length, close))
            {
                return open;
            }
        }
        return 0;
    }

    /// <summary>
    /// Of the CJK brackets that stood whole in <paramref name="text"/>, the closing one it closes before it opens one of
    /// its kind (or before a rebuilt character that may open one); 0 where there is none.
    /// </summary>
    public static int ClosedFirst(ReadOnlySpan<int> text, IReadOnlyList<int[]>? slots)
    {
        foreach (var (open, close) in s_cjkBrackets)
        {
            var at = text.IndexOf(close);
            if (at >= 0 && text[..at].IndexOf(open) < 0 && !MayBe(text, slots, 0, at, open))
            {
                return close;
            }
        }
        return 0;
    }

    // Whether a rebuilt character of text[from, to) has the bracket among its candidates.
    private static bool MayBe(ReadOnlySpan<int> text, IReadOnlyList<int[]>? slots, int from, int to, int bracket)
    {
        for (var i = from; slots is not null && i < to; i++)
        {
            if (text[i] == 0 && Array.IndexOf(slots[i], bracket) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    // The rebuilt mark in [from, to) that could be the bracket and fits it best becomes it.
    private void Place(int[] path, int from, int to, int bracket, Func<int, int, int, double> score)
    {
        var best = -1;
        var bestGain = double.NegativeInfinity;
        for (var p = from; p < to; p++)
        {
            // The slot that opens a line may hold an opening bracket whatever the models read there: a heading opens
            // with one (【名称由来】), whose bytes cp1250 shares with a katakana letter (E3 80 90 and ダ E3 83 80 both
            // read "ă€" once it drops 90 or 83).
            if (_slots[p].Length > 1 && (IsPunctuation(path[p]) || (AtLineStart(p) && IsOpening(bracket))) && Array.IndexOf(_slots[p], bracket) >= 0
                && Around(path, p, bracket, score) - Around(path, p, path[p], score) + Quotative(path, p, bracket) is var gain && gain > bestGain)
            {
                best = p;
                bestGain = gain;
            }
        }
        if (best >= 0)
        {
            path[best] = bracket;
        }
    }

    // Japanese closes a quotation right before the particle that reports it (「…ますよ」と言って): there rather than
    // where the character model, which reads 、 before と as well, would close it.
    private const double QuotativeBonus = 4;

    private static double Quotative(int[] path, int p, int bracket) =>
        bracket is 0x300D or 0x300F && p + 1 < path.Length && path[p + 1] == 0x3068 ? QuotativeBonus : 0;

    // The character model's score of the line around slot p with c in it.
    private static double Around(int[] path, int p, int c, Func<int, int, int, double> score)
    {
        var kept = path[p];
        path[p] = c;
        double total = 0;
        for (var j = p; j <= Math.Min(p + 2, path.Length - 1); j++)
        {
            total += score(j >= 2 ? path[j - 2] : 0, j >= 1 ? path[j - 1] : 0, path[j]);
        }
        path[p] = kept;
        return total;
    }

    private static bool IsPunctuation(int c) => c <= 0xFFFF && char.IsPunctuation((char)c);

    private static bool IsOpening(int bracket) => Array.Exists(s_cjkBrackets, b => b.Open == bracket);

    private void AlternateBesideCjk(int[] path)
    {
        var open = false;
        for (var s = 0; s < path.Length; s++)
        {
            if (path[s] is not (0x201C or 0x201D) && !IsLoneDashBesideCjk(path, s))
            {
                continue;
            }
            var besideCjk = SideAt(s - 1) == Side.Neutral || SideAt(s + 1) == Side.Neutral;
            if (besideCjk && _slots[s].Length > 1 && Array.IndexOf(_slots[s], 0x201C) >= 0 && Array.IndexOf(_slots[s], 0x201D) >= 0)
            {
                path[s] = open ? 0x201D : 0x201C;
            }
            open = path[s] == 0x201C;
        }
    }

    // Chinese and Japanese write a dash doubled (——, ――); a rebuilt dash that stands alone beside their text, where
    // latin-1 without its C1 bytes leaves “, ” and the dashes the same lone "â", is a quote the models took for a dash.
    private bool IsLoneDashBesideCjk(int[] path, int s) =>
        IsDash(path[s]) && _slots[s].Length > 1
        && (SideAt(s - 1) == Side.Neutral || SideAt(s + 1) == Side.Neutral)
        && (s == 0 || !IsDash(path[s - 1])) && (s + 1 == path.Length || !IsDash(path[s + 1]));

    private static bool IsDash(int c) => c is >= 0x2013 and <= 0x2015;

    // A closing ” with no opening quote before it: the nearest rebuilt mark that could open one did (“0.15 m”, not
    // −0.15 m”; “.i”, not –.i”): one after a space and before anything but a space. False where none could.
    private bool OpenBefore(int[] path, int from, int closing)
    {
        for (var k = closing - 1; k >= from; k--)
        {
            if (_slots[k].Length > 1 && !IsAlphabeticLetter(path[k]) && Array.IndexOf(_slots[k], 0x201C) >= 0
                && SideAt(k - 1) is Side.Space or Side.Open && SideAt(k + 1) is not (Side.Space or Side.Neutral))
            {
                path[k] = 0x201C;
                return true;
            }
        }
        return false;
    }

    // A mark nothing opened that may be the hyphen of a word broken across lines (” shares its lead and middle bytes).
    private bool IsLineBreakHyphen(int slot) =>
        _slots[slot].Length > 1 && Array.IndexOf(_slots[slot], Hyphen) >= 0 && EndsLineAfterLetter(slot);
}
