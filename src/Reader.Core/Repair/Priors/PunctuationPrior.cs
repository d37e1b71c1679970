using Reader.Core.Repair.Decoding;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// Which punctuation a rebuilt character of one line is likely to be, from typography alone: quotes, dashes, the
/// ellipsis and the euro sign are far likelier than the format and symbol characters that share their lead byte, and
/// the neighbours tell an opening quote (before a word) from a closing one (after it) and a dash (between spaces).
/// Serves as a prior for the beam search, then re-decides the marks and pairs the quotes. Neutral beside Chinese or
/// Japanese text, whose quotes stand between characters without spaces.
/// </summary>
internal sealed partial class PunctuationPrior
{
    private const double Rare = -5;
    private const double WrongPlace = -8;

    // A box drawing character other than the piece the layout makes a slot (heavy or double lines, rounded corners).
    private const double OtherPiece = -3;

    // Rebuilt marks this many in a row are no quotes or dashes.
    private const int MinRowOfMarks = 4;

    // A mark this likely in its place is taken whatever the character model says.
    private const double ConfidentTypographic = -6;

    // The beam search ranks this many candidates of a character (by frequency alone); beyond that it never sees them.
    private const int BeamCandidates = 32;

    // U+2010, with which typeset text (groff's man pages) breaks a word at the line's end: "win‐", then "bind".
    private const int Hyphen = 0x2010;

    private const int SoftHyphen = 0x00AD;

    private const int ZeroWidthJoiner = 0x200D;

    // What the part of an emoji sequence that fits its place gains over what merely shares its bytes: more than the lift
    // an emoji CLDR names gets where the character model does not know it (see EmojiNamePrior).
    private const double InSequence = 7;

    // Opening and closing brackets of Chinese and Japanese: 「」『』【】《》〈〉〔〕（）［］｛｝.
    private static readonly (int Open, int Close)[] s_cjkBrackets =
    [
        (0x300C, 0x300D), (0x300E, 0x300F), (0x3010, 0x3011), (0x300A, 0x300B), (0x3008, 0x3009), (0x3014, 0x3015),
        (0xFF08, 0xFF09), (0xFF3B, 0xFF3D), (0xFF5B, 0xFF5D),
    ];

    private readonly IReadOnlyList<int[]> _slots;
    private readonly Side?[] _sides;

    // Per slot, what its neighbours say once (Score asks for every candidate): which sign of a number alone fits there,
    // whether an apostrophe there would join its words, and what it may be in a full-width number (null where it stands
    // in none).
    private readonly int?[] _numberSigns;
    private readonly bool?[] _joinsAsApostrophe;
    private readonly (bool Known, Func<int, bool>? Allowed)[] _fullWidthNumbers;
    // Per slot that draws a box or a tree, the line piece its layout makes it (see DrawingLayout), else 0: there a rebuilt
    // character is a box drawing one, not a quote or a dash.
    private readonly int[] _drawing;
    private readonly bool _opensLow;
    private readonly bool _dialogueDashes;
    private readonly bool _menuArrows;
    private readonly BracketsAround _around;
    private int? _wholeSymbolBlocks;
    private int[]? _boxSlots;
    private int[]? _rowsOfMarks;
    private bool? _dialogueLine;

    // Russian numbers things with № (школа № 5, закон № 123-ФЗ), which shares its lost bytes with the dashes.
    private const int NumeroSign = 0x2116;
    private const int MinCyrillicLetters = 4;
    private readonly bool _cyrillic;

    // A text quoting with « » rarely also quotes with “ ” (and more rarely with ‘ ’, its third level); there a rebuilt
    // mark between words is a dash (—inciso—).
    private readonly double _guillemetPenalty;

    // Whether the text quotes with ‘…’ where its quotes stand whole (Dutch and British English often do), or is Dutch where
    // none does: then a rebuilt opening quote is one of those rather than the “ typography alone prefers.
    private readonly bool _singleQuotes;

    // Whether the text sets an aside between spaced en dashes where its dashes stand whole, not the em dashes typography
    // alone prefers.
    private readonly bool _spacedEnDashes;

    // Whether a dash that opens a line opens a list item, set as an en dash (Dutch), not a line of dialogue (Russian).
    private readonly bool _enDashLists;

    // Whether the line ends a paragraph or a list item.
    private readonly bool _endsParagraph;

    /// <summary>
    /// The prior for one line of <paramref name="slots"/>; <paramref name="menuArrows"/> where the document has shown
    /// that it leads through menus with arrows, <paramref name="around"/> the brackets its neighbours leave to it,
    /// <paramref name="typography"/> how the document sets its marks, <paramref name="endsParagraph"/> where the line
    /// ends a paragraph or a list item.
    /// </summary>
    public PunctuationPrior(
        IReadOnlyList<int[]> slots, int[]? drawing = null, bool menuArrows = false, BracketsAround around = default, DocumentTypography typography = default,
        bool endsParagraph = false)
    {
        _endsParagraph = endsParagraph;
        _singleQuotes = typography.SingleQuotes;
        _spacedEnDashes = typography.SpacedEnDashes;
        _enDashLists = typography.EnDashLists;
        _menuArrows = menuArrows;
        _around = around;
        _slots = slots;
        _sides = new Side?[slots.Count];
        _numberSigns = new int?[slots.Count];
        _fullWidthNumbers = new (bool, Func<int, bool>?)[slots.Count];
        _joinsAsApostrophe = new bool?[slots.Count];
        _drawing = drawing ?? new int[slots.Count];
        _opensLow = CountWords(slots, s_lowNineWords) >= 2;
        var dialogueWords = CountWords(slots, s_dialogueDashWords);
        _dialogueDashes = (dialogueWords >= 2 && dialogueWords > CountWords(slots, s_dutchWords)) || typography.DialogueDashes;
        _guillemetPenalty = typography.Guillemets || (!typography.English && slots.Any(c => c.Length == 1 && c[0] is '\u00AB' or '\u00BB'))
            ? -2
            : 0;
        _cyrillic = slots.Count(c => c.Length == 1 && c[0] is >= 0x0400 and <= 0x04FF) >= MinCyrillicLetters;
    }

    /// <summary>
    /// The CJK brackets a line's neighbours leave to it (0 for none): one that stood whole in the line before and was
    /// left open there, and one that stands whole in the line after and closes first there.
    /// </summary>
    public readonly record struct BracketsAround(int OpenBefore, int CloseAfter);

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
        Emoji,
    }

    /// <summary>How a document ends its Chinese or Japanese sentences, where it shows it.</summary>
    public enum SentenceStops
    {
        /// <summary>The document does not show it.</summary>
        Unknown,

        /// <summary>In ． (older translations, academic style).</summary>
        FullWidth,

        /// <summary>In 。, as most do.</summary>
        Ideographic,
    }

    /// <summary>
    /// Settles the rebuilt full-width or presentation forms that may be the full-width stop ． by how the document ends
    /// its sentences: right after Chinese or Japanese text (or a closing bracket or quote), as ． where it ends them so,
    /// every model downstream knowing ！ and ＝ (which share its lead bytes in cp1254) far better after words; after a
    /// character that may be a kana or ideograph, as any of the others where it ends them in 。, a text writing one full
    /// stop or the other (cp1254 loses the last byte of ！ and ． alike, and after "3キロ" the models took the stop).
    /// </summary>
    public static void SettleFullWidthStops(Lattice lattice, SentenceStops stops)
    {
        if (stops == SentenceStops.Unknown)
        {
            return;
        }
        for (var s = 1; s < lattice.Slots.Count; s++)
        {
            var candidates = lattice.Slots[s];
            var previous = lattice.Slots[s - 1];
            if (candidates.Length < 2 || Array.IndexOf(candidates, FullWidthStop) < 0 || !candidates.All(c => c is >= 0xFB00 and <= 0xFFEF))
            {
                continue;
            }
            if (stops == SentenceStops.FullWidth
                && previous.All(c => IsKanaOrHan(c) || c is ')' or '"' or '\'' or 0xFF09 or 0x300D or 0x300F or 0x201D or 0x2019))
            {
                lattice.Keep(s, FullWidthStop);
            }
            else if (stops == SentenceStops.Ideographic && previous.Any(IsKanaOrHan))
            {
                lattice.Drop(s, FullWidthStop);
            }
        }
    }

    private static bool IsKanaOrHan(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF);

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>; 0 for letters and CJK.</summary>
    public double Score(int slot, int candidate)
    {
        if (_drawing[slot] != 0)
        {
            return candidate == _drawing[slot] ? 0 : DrawingLayout.IsBoxDrawing(candidate) ? OtherPiece : WrongPlace;
        }
        if (DrawingLayout.IsBoxDrawing(candidate) && !DrawsElsewhere(slot))
        {
            // Box drawing characters draw with each other: one alone in a line of words (═ of "een ☕ op", whose bytes
            // E2 95 90 cp1250 shows as those of ☕ with its 0x98 lost) is a lost character read wrong.
            return WrongPlace;
        }
        if (candidate is >= 0x80 and <= 0x9F)
        {
            // A rebuilt C1 control is only ever a byte of an inner layer of mojibake (see InnerLayerPrior).
            return 2 * Rare;
        }
        if (candidate == ZeroWidthJoiner)
        {
            // Between two emoji a lost mark of E2 80 is the joiner of one sequence (👩‍💻, 🏳️‍🌈), not a quote or a space.
            return IsEmojiLike(slot - 1) && IsEmojiLike(slot + 1) ? InSequence : WrongPlace;
        }
        if (candidate > 0xFFFF)
        {
            if (IsSkinTone(candidate))
            {
                // A skin tone only modifies the emoji before it (👍🏽, ✌🏼), likelier there than any emoji its bytes
                // share (🍽 of F0 9F 8D BD); on its own it is a lost emoji read wrong.
                return IsEmojiLike(slot - 1) ? InSequence : WrongPlace;
            }
            // Outside the CJK extensions, a character this far up is an emoji or nothing the text would hold.
            return candidate is (>= 0x1F300 and <= 0x1FAFF) or >= 0x20000 ? 0 : Rare;
        }
        if (candidate < 0x2000 && NumberSignAt(slot) is not 0 and var sign)
        {
            return candidate == sign ? 0 : WrongPlace;
        }
        if (candidate >= 0xFF00 && NumberMarkAt(slot) is not 0 and var mark)
        {
            return candidate == mark ? 0 : WrongPlace;
        }
        if (ContinuedScript(slot) is { } position)
        {
            // Far likelier than the model's favourites (※ and ‰ share the bytes of ⁻ and ⁰), whatever it says of them.
            return ScriptPosition(candidate) == position ? 0 : 2 * WrongPlace;
        }
        if (FullWidthNumberAt(slot) is { } inNumber)
        {
            return inNumber(candidate) ? 0 : 2 * WrongPlace;
        }
        if (candidate == SoftHyphen)
        {
            // A soft hyphen marks where a word may break: between letters, never before a space (rituel­ :).
            return SideAt(slot - 1) == Side.Word && SideAt(slot + 1) == Side.Word ? 0 : WrongPlace;
        }
        if (NeverStartsALine(candidate) && AtLineStart(slot))
        {
            return WrongPlace;
        }
        if (candidate is < 0x2000 or > 0x2BFF)
        {
            return 0;
        }
        var left = SideAt(slot - 1);
        var right = SideAt(slot + 1);
        if (right == Side.EmojiPresentation)
        {
            // ♀️ and ♂️ mostly end a ZWJ sequence (🙋‍♀️), which a character that stands on its own does not.
            return !HasEmojiForm(candidate) ? WrongPlace : candidate is 0x2640 or 0x2642 && !IsJoinerAt(slot - 1) ? Rare : 0;
        }
        if (left == Side.Neutral || right == Side.Neutral)
        {
            return 0;
        }
        // Of the rest, the marks text sets between words: daggers, per mille, primes, single guillemets, arrows, check and
        // ballot marks, the stars of a rating (★★★★☆) and, set apart as emoji stand, the symbols that have an emoji form
        // (☕ ❌ ☀, not the ☀ of "∀x"); likelier still where the line holds a whole mark of the same block (the ← of
        // "← previous | next →", whose bytes ☆ shares in cp1250).
        return Typographic(slot, candidate, left, right) ?? (candidate is 0x2020 or 0x2021 or 0x2030 or 0x2032 or 0x2033 or 0x2039 or 0x203A
            or (>= 0x2190 and <= 0x21FF) or 0x2705 or 0x2713 or 0x2714 or 0x2717 or 0x2718 or 0x2605 or 0x2606
            || (HasEmojiForm(candidate) && left is Side.Space or Side.Emoji && right is Side.Space or Side.Close or Side.Emoji)
            ? ((SymbolBlock(candidate) & WholeSymbolBlocks) != 0 ? -1 : -2) : Rare);
    }

    // Whether the slot stands in a row of at least four rebuilt ones that may each be nothing but a mark of U+2000 to
    // U+2FFF or the character as written (a lone "â" of latin-1 without C1).
    private bool InRowOfMarks(int slot)
    {
        _rowsOfMarks ??= RowsOfMarks();
        return _rowsOfMarks[slot] >= MinRowOfMarks;
    }

    private int[] RowsOfMarks()
    {
        var rows = new int[_slots.Count];
        for (var start = 0; start < _slots.Count;)
        {
            var end = start;
            while (end < _slots.Count && _slots[end].Length > 1 && _slots[end].All(c => c is <= 0xFF or (>= 0x2000 and <= 0x2FFF))
                && _slots[end].Any(c => c >= 0x2000))
            {
                end++;
            }
            Array.Fill(rows, end - start, start, end - start);
            start = Math.Max(end, start + 1);
        }
        return rows;
    }

    // Whether a slot of the line other than this one holds or may hold a box drawing character.
    private bool DrawsElsewhere(int slot)
    {
        _boxSlots ??= Enumerable.Range(0, _slots.Count).Where(s => _slots[s].Any(DrawingLayout.IsBoxDrawing)).Take(2).ToArray();
        return _boxSlots.Length > 1 || (_boxSlots.Length == 1 && _boxSlots[0] != slot);
    }

    // The blocks of symbols (arrows, miscellaneous symbols, dingbats) the line holds a whole character of, one bit each:
    // worked out once per line, on first use.
    private int WholeSymbolBlocks => _wholeSymbolBlocks ??= _slots.Where(c => c.Length == 1).Aggregate(0, (blocks, c) => blocks | SymbolBlock(c[0]));

    private static int SymbolBlock(int c) => c switch
    {
        >= 0x2190 and <= 0x21FF => 1,
        >= 0x2600 and <= 0x26FF => 2,
        >= 0x2700 and <= 0x27FF => 4,
        _ => 0,
    };

    // Chinese and Japanese set no line's first character to a mark that closes or follows something (the line-start
    // prohibition of JIS X 4051, kinsoku): 、 。 ， ． ： ； ！ ？ and the closing brackets. A lost byte there that may be
    // 「 is no 、, whatever the models think of either.
    private static bool NeverStartsALine(int c) =>
        c is 0x3001 or 0x3002 or 0xFF0C or 0xFF0E or 0xFF1A or 0xFF1B or 0xFF01 or 0xFF1F or 0xFF09 or 0xFF3D or 0xFF5D
            or 0x3009 or 0x300B or 0x300D or 0x300F or 0x3011 or 0x3015 or 0x3017 or 0x3019 or 0x301B;

    // Chinese and Japanese end no paragraph with a comma or an opening bracket: 、 ， 「 （ 《 and the like.
    private static bool NeverEndsAParagraph(int c) =>
        c is 0x3001 or 0xFF0C or 0x3008 or 0x300A or 0x300C or 0x300E or 0x3010 or 0x3014 or 0x3016 or 0x3018 or 0x301A
            or 0xFF08 or 0xFF3B or 0xFF5B;

    // Whether nothing but spaces stands after the slot in the line.
    private bool AtLineEnd(int slot) => OnlySpaces(slot + 1, _slots.Count);

    // Whether nothing but spaces stands before the slot in the line.
    private bool AtLineStart(int slot) => OnlySpaces(0, slot);

    // Whether slots [from, to) of the line hold nothing but spaces.
    private bool OnlySpaces(int from, int to)
    {
        for (var s = from; s < to; s++)
        {
            if (_slots[s] is not [' ' or '\t' or 0x3000])
            {
                return false;
            }
        }
        return true;
    }

    // An apostrophe that opens a one-letter word: Dutch ’s, ’t and ’k, English ’n’ (not "I" or "a": a quote opens those).
    private bool IsElision(int slot) =>
        SideAt(slot + 1) == Side.Word && SideAt(slot + 2) is Side.Space or Side.Close && _slots[slot + 1][0] is 's' or 't' or 'k' or 'n';

    // Log probability of a quote, dash or other common mark given its neighbours; null for any other character.
    private double? Typographic(int slot, int candidate, Side left, Side right)
    {
        if (candidate is >= 0x2010 and <= 0x201F && InRowOfMarks(slot))
        {
            // Quotes and dashes stand one or two together (”’, ——): four in a row that do not draw a line (see
            // DrawingLayout) are symbols (★★★★☆).
            return WrongPlace;
        }
        var word = left is Side.Word or Side.Digit;
        var opening = left is Side.Space or Side.Open or Side.Unknown or Side.Emoji && right is Side.Word or Side.Digit or Side.Unknown or Side.Emoji or Side.Open;
        // A rebuilt mark between this one and a word opens a quotation there: after a word this one is a dash (said—“A).
        var beforeOpening = word && right == Side.Unknown && _slots[slot + 1].Length > 1 && SideAt(slot + 2) == Side.Word;
        var closing = !beforeOpening
            && left is Side.Word or Side.Digit or Side.Close or Side.Unknown or Side.Emoji && right is Side.Space or Side.Close or Side.Unknown or Side.Emoji;
        var digits = left == Side.Digit && right == Side.Digit;
        // (A number and a word are joined as two words are: £89—I was.)
        var between = left is Side.Word or Side.Digit && right is Side.Word or Side.Digit && !digits;
        // (A dash after a space and before a comma or stop closes a spaced aside: “… do papel” —, finalmente.)
        var spaced = left == Side.Space && right is Side.Space or Side.Close;
        var enDash = _spacedEnDashes || (slot == 0 && _enDashLists);
        var elision = opening && IsElision(slot);
        // Between two words an apostrophe ends a contraction (don’t, we’ll) or elides a short word (l’homme, O’Brien);
        // elsewhere the words are joined by a dash (recollection—it).
        // (After a number only the former: the 1990’s, 2023’s.)
        var apostrophe = (between || (left == Side.Digit && right == Side.Word)) && JoinsAsApostrophe(slot);
        // After a comma or semicolon a mark before a word is the dash of older prose (occasion?—It).
        var afterPunctuation = left == Side.Close && right == Side.Word;
        // Quotations open on words far more often than on numbers, where a minus sign is as likely.
        var beforeNumber = right == Side.Digit ? -2 : 0;
        // A dash set against a word on one side only opens or closes an aside (Spanish —así—).
        var aside = (left == Side.Space && right == Side.Word) || (word && right is Side.Space or Side.Close) || beforeOpening;
        // Spanish and Portuguese open a line of dialogue with a dash, and set off what the narrator says in it with
        // dashes too (—¿Vienes? —preguntó—.).
        var dialogue = (opening || closing || aside) && IsDialogueLine;
        return candidate switch
        {
            0x201C => opening ? (_opensLow || _singleQuotes ? -2 : -1) + _guillemetPenalty + beforeNumber : WrongPlace,
            0x2018 => opening ? (_singleQuotes ? -1 : -2) + _guillemetPenalty + beforeNumber : WrongPlace,
            0x201E => opening ? (_opensLow ? -0.7 : -3) + beforeNumber : WrongPlace,
            0x201A => opening ? -5 : WrongPlace,
            0x201D => closing ? -1 + _guillemetPenalty : WrongPlace,
            0x2019 => apostrophe ? -0.3 : between ? -3 : elision ? -0.5 : digits ? -6 : closing ? -1.2 : opening ? -4 : WrongPlace,
            0x2014 => spaced ? (enDash ? -1.5 : -0.7) : apostrophe ? -2.5 : between ? -1 : dialogue ? -0.5
                : aside ? -3 + (_guillemetPenalty < 0 ? 2.5 : 0) : afterPunctuation ? -3 : -5,
            0x2013 => digits ? -0.5 : spaced ? (enDash ? -0.7 : -1.5) : between ? -3.5 : -5,
            0x2212 => right == Side.Digit ? -1.5 : -7,
            // Before a number in a Russian line, but not between two (12 – 15) or before an amount (творог — 500 г), where a
            // dash stands.
            NumeroSign => _cyrillic && BeforeNumber(slot) && left is not Side.Digit && SideAt(slot - 2) != Side.Digit && !BeforeQuantity(slot)
                ? -0.3 : WrongPlace,
            // ≤ ≥ ≠ ≈ compare numbers: before one (≤ 512 MB) they are likelier than ❤ or ✅, which share their bytes.
            0x2264 or 0x2265 or 0x2260 or 0x2248 => BeforeNumber(slot) ? -1.5 : -6,
            0x2026 => left is Side.Word or Side.Close or Side.Unknown or Side.Emoji ? -2 : -4,
            0x2022 => left == Side.Space && right == Side.Space ? -2 : -6,
            // (Between two words a lost byte is likelier a closing quote whose space was forgotten: “Imágenes”del.)
            Hyphen => EndsLineAfterLetter(slot) ? -1.5 : WrongPlace,
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
    /// <paramref name="isWord"/> tells whether a kept lone lead byte spells a known word with the letters around it.
    /// </summary>
    public void Redecide(int[] path, Func<int, int, int, double> score, Func<int, int, double> prior, Func<ReadOnlySpan<int>, bool> isWord)
    {
        for (var s = 0; s < path.Length; s++)
        {
            var candidates = _slots[s];
            if (candidates.Length == 1)
            {
                continue;
            }
            if (Array.IndexOf(candidates, ZeroWidthJoiner) >= 0 && IsEmojiLike(s - 1) && IsEmojiLike(s + 1))
            {
                // Typography below would take it for a closing quote (”, E2 80 9D beside the joiner's 8D).
                path[s] = ZeroWidthJoiner;
                continue;
            }
            if (NumberSignAt(s) == MultiplicationSign)
            {
                // The beam may not rank × among the 32 letters that share its bytes.
                path[s] = MultiplicationSign;
                continue;
            }
            if (ContinuedScript(s) is { } position)
            {
                // The beam may not rank a superscript it hardly knows over ※ or ‰, which share its bytes.
                path[s] = BestInContext(path, s, candidates.Where(c => ScriptPosition(c) == position), score, prior);
                continue;
            }
            if (FullWidthNumberAt(s) is { } inNumber)
            {
                path[s] = BestInContext(path, s, candidates.Where(inNumber), score, prior);
                continue;
            }
            if (NeverStartsALine(path[s]) && AtLineStart(s))
            {
                // The word models read a line's first mark as the comma or stop they know best.
                path[s] = BestInContext(path, s, candidates.Where(c => !NeverStartsALine(c)), score, prior);
                continue;
            }
            if (_endsParagraph && NeverEndsAParagraph(path[s]) && AtLineEnd(s))
            {
                // The word models read a paragraph's last mark as the one they know best inside a sentence (、 for 。,
                // ， for ！ or ？). Another mark ends it, not a letter that shares the bytes (を).
                path[s] = BestInContext(path, s, candidates.Where(c => IsPunctuation(c) && !NeverEndsAParagraph(c)), score, prior);
                continue;
            }
            var left = SideAt(s - 1);
            var right = SideAt(s + 1);
            // A letter stays, unless it is a lone lead byte kept as it stood (the first candidate) at the edge of a word
            // or inside one no word list knows ("touchâfor" is touch—for).
            if (IsAlphabeticLetter(path[s])
                && (path[s] != candidates[0] || (left == Side.Word && right == Side.Word && isWord(WordThrough(path, s)))))
            {
                continue;
            }
            if (right == Side.EmojiPresentation && candidates.Any(HasEmojiForm))
            {
                // The character model barely knows these symbols, but U+FE0F after the slot says it is one of them; their
                // place decides first (♀️ ends a ZWJ sequence), the model only among equals.
                var fittest = candidates.Where(HasEmojiForm).GroupBy(c => Score(s, c)).MaxBy(g => g.Key)!;
                path[s] = BestInContext(path, s, fittest, score, prior);
                continue;
            }
            if (_drawing[s] != 0)
            {
                // The layout decides, the model hardly knows box drawing; where its piece cannot be (┬ with nothing
                // below), the model picks among the box drawing characters the slot may be.
                var pieces = candidates.Where(DrawingLayout.IsBoxDrawing).ToArray();
                path[s] = Array.IndexOf(candidates, _drawing[s]) >= 0 ? _drawing[s]
                    : pieces.Length > 0 ? BestInContext(path, s, pieces, score, prior)
                    : path[s];
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
                path[s] = BestInContext(path, s, _slots[s], score, prior);
            }
        }
        PointArrows(path);
    }

    private static int BestInContext(int[] path, int s, IEnumerable<int> candidates, Func<int, int, int, double> score, Func<int, int, double> prior)
    {
        var best = double.NegativeInfinity;
        var chosen = path[s];
        foreach (var c in candidates)
        {
            var total = prior(s, c) + Around(path, s, c, score);
            if (total > best)
            {
                best = total;
                chosen = c;
            }
        }
        return chosen;
    }

    private bool EndsLineAfterLetter(int slot) => slot == _slots.Count - 1 && SideAt(slot - 1) == Side.Word;

    private bool IsJoinerAt(int slot) => slot >= 0 && _slots[slot] is [0x200D];

    private Side SideAt(int slot)
    {
        if (slot < 0 || slot >= _slots.Count)
        {
            return Side.Space;
        }
        return _sides[slot] ??= Classify(_slots[slot]);
    }

    private static Side Classify(int[] candidates)
    {
        if (candidates.Length > 1)
        {
            // Its other readings are private use, presentation forms and specials: a lost byte there is almost always U+FE0F.
            if (Array.IndexOf(candidates, EmojiSelector) >= 0 && candidates.All(c => c is >= 0xE000 and <= 0xFFFF))
            {
                return Side.EmojiPresentation;
            }
            return candidates.All(IsAlphabeticLetter) ? Side.Word
                : candidates.Any(IsCjk) ? Side.Neutral
                : candidates.All(c => c > 0xFFFF) ? Side.Emoji
                : Side.Unknown;
        }
        var c = candidates[0];
        if (IsCjk(c))
        {
            return Side.Neutral;
        }
        if (c > 0xFFFF)
        {
            return c is >= 0x1F000 and <= 0x1FAFF ? Side.Emoji : Side.Unknown;
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
        if (ch == EmojiSelector)
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

    /// <summary>Variation selector 16 (U+FE0F), which asks for the emoji form of the character before it.</summary>
    internal const int EmojiSelector = 0xFE0F;

    // Superscript (true) or subscript (false) digits and signs: ¹ ² ³ and U+2070 to U+209C; null for any other character.
    private static bool? ScriptPosition(int c) =>
        c is 0xB9 or 0xB2 or 0xB3 or (>= 0x2070 and <= 0x207F) ? true : c is >= 0x2080 and <= 0x209C ? false : null;

    /// <summary>
    /// Superscript (true) or subscript (false) where a rebuilt slot that may be one stands beside one that stood whole:
    /// there it continues it (10⁻¹⁰, whose ⁻ and ⁰ lost their middle byte to latin-1 without C1); or superscript right
    /// after a ten that starts a number, as a power of ten (3 × 10⁸, whose 81 cp1252 lacks); null elsewhere.
    /// </summary>
    private bool? ContinuedScript(int slot)
    {
        if (_slots[slot].Length == 1)
        {
            return null;
        }
        bool? Whole(int i) => i >= 0 && i < _slots.Count && _slots[i].Length == 1 ? ScriptPosition(_slots[i][0]) : null;
        var position = Whole(slot - 1) ?? Whole(slot + 1) ?? (AfterTen(slot) ? true : null);
        if (position is not { } p)
        {
            return null;
        }
        // A loop, not Array.Exists: a lambda over the position would cost an allocation on every call, and the decoder
        // asks for every candidate of every slot.
        foreach (var c in _slots[slot])
        {
            if (ScriptPosition(c) == p)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>
    /// What a rebuilt slot that may be a full-width digit may be where it stands in a number of them (cp1252 lacks the 90
    /// of ０ and the 8D of －, and the models know the ！ that shares their other bytes far better); null where it stands
    /// in none.
    /// <list type="bullet">
    /// <item>After a digit that stood whole, past rebuilt slots that may be digits too (the ０００ of ５０００) or a decimal
    /// point (the ８ of ２.８): a digit.
    /// Between one digit and another it may as well part them (the ／ of １／２), but not within a longer number (the ０
    /// of ２０２４); the ． of a numbered list is <see cref="NumberMarkAt"/>'s.</item>
    /// <item>After no digit and before a full-width one that stood whole: a digit but ０, a sign (the － of －２０°C) or
    /// an opening bracket closed later in the line ("约８５％" is no "约（５％"). (Before an ASCII digit it is a mark:
    /// the ， of "，2023年".)</item>
    /// <item>After no digit, before a decimal point and a digit (０.８) or right before a percent or degree sign (８％): a
    /// digit; so are the decimals after such a slot.</item>
    /// </list>
    /// </summary>
    private Func<int, bool>? FullWidthNumberAt(int slot)
    {
        // (The walks along the line are long where latin-1 without C1 left most slots rebuilt.)
        if (_fullWidthNumbers[slot] is not (true, var known))
        {
            known = FullWidthNumberFitting(slot);
            _fullWidthNumbers[slot] = (true, known);
        }
        return known;
    }

    private Func<int, bool>? FullWidthNumberFitting(int slot)
    {
        if (!MayBeFullWidthDigit(slot))
        {
            return null;
        }
        Func<int, bool>? allowed;
        if (FullWidthDigitsBefore(slot) is > 0 and var before)
        {
            allowed = (IsDigitAt(slot + 1) && before + DigitsAfter(slot) <= 2) || NumberMarkAt(slot) != 0 ? null : s_isFullWidthDigit;
        }
        else if (DecimalPointAt(slot - 1) && MayBeFullWidthDigit(slot - 2))
        {
            // The decimals of a number whose whole part lost its byte too, and opens it (０.８ through cp1250).
            allowed = s_isFullWidthDigit;
        }
        else if (IsDigitAt(slot - 1) || MayBeFullWidthDigit(slot - 1))
        {
            allowed = null;
        }
        else
        {
            allowed = WholeFullWidthDigit(slot + 1) ? (ClosedLater(slot) ? s_opensBeforeDigitInBrackets : s_opensBeforeDigit)
                : (DecimalPointAt(slot + 1) && (WholeFullWidthDigit(slot + 2) || MayBeFullWidthDigit(slot + 2))) || PercentOrDegreeAt(slot + 1) ? s_isFullWidthDigit
                : null;
        }
        return allowed is not null && Array.Exists(_slots[slot], c => allowed(c)) ? allowed : null;
    }

    private static readonly Func<int, bool> s_isFullWidthDigit = IsFullWidthDigit;

    private static readonly Func<int, bool> s_opensBeforeDigit =
        c => (IsFullWidthDigit(c) && c != FullWidthZero) || c is FullWidthMinus or FullWidthPlus;

    private static readonly Func<int, bool> s_opensBeforeDigitInBrackets = c => s_opensBeforeDigit(c) || c == FullWidthOpen;

    private const int FullWidthZero = 0xFF10;
    private const int FullWidthMinus = 0xFF0D;
    private const int FullWidthPlus = 0xFF0B;

    // Whether a full-width closing bracket that stood whole follows the slot in the line, before any opening one, or any
    // slot after no digit that may be one (the （ of "８５％以下（…）" through cp1250, which lacks its 88; not the ０ of
    // "（４０℃以下）", which shares the bytes).
    private bool ClosedLater(int slot)
    {
        for (var s = slot + 1; s < _slots.Count; s++)
        {
            if (_slots[s] is [FullWidthClose])
            {
                return true;
            }
            if (Array.IndexOf(_slots[s], FullWidthOpen) >= 0 && !IsDigitAt(s - 1) && !MayBeFullWidthDigit(s - 1))
            {
                return false;
            }
        }
        return false;
    }

    // Whether the slot is rebuilt and one of its candidates is a full-width digit.
    private bool MayBeFullWidthDigit(int slot) =>
        slot >= 0 && slot < _slots.Count && _slots[slot].Length > 1 && Array.Exists(_slots[slot], IsFullWidthDigit);

    private bool DecimalPointAt(int slot) => slot >= 0 && slot < _slots.Count && _slots[slot] is ['.' or '\uFF0E'];

    private bool PercentOrDegreeAt(int slot) => slot < _slots.Count && _slots[slot] is ['%' or '\uFF05' or '\u00B0' or '\u2103'];

    // How many slots before the slot make a full-width number: whole digits, and rebuilt slots that may be digits after
    // one; 0 where no whole one stands before those.
    private int FullWidthDigitsBefore(int slot)
    {
        var count = 0;
        var anchored = 0;
        for (var s = slot - 1; s >= 0; s--)
        {
            if (WholeFullWidthDigit(s))
            {
                anchored = ++count;
            }
            else if (MayBeFullWidthDigit(s) || (DecimalPointAt(s) && s == slot - 1))
            {
                // (A decimal point right before the slot parts a number's decimals from its whole part: ２.８.)
                count++;
            }
            else
            {
                break;
            }
        }
        return anchored;
    }

    // How many digits follow the slot: whole ones, or rebuilt slots that may be full-width digits (where an outer layer
    // was unsure of a byte).
    private int DigitsAfter(int slot)
    {
        var count = 0;
        while (IsDigitAt(slot + 1 + count) || MayBeFullWidthDigit(slot + 1 + count))
        {
            count++;
        }
        return count;
    }

    private bool WholeFullWidthDigit(int slot) => slot >= 0 && slot < _slots.Count && _slots[slot] is [var c] && IsFullWidthDigit(c);

    private static bool IsFullWidthDigit(int c) => c is >= 0xFF10 and <= 0xFF19;

    // Whether the slot follows a "10" that starts a number.
    private bool AfterTen(int slot) =>
        slot >= 2 && _slots[slot - 1] is ['0'] && _slots[slot - 2] is ['1']
        && (slot == 2 || _slots[slot - 3] is not [(>= '0' and <= '9') or '.' or ',']);

    private static bool IsAlphabeticLetter(int c) => c is >= 'A' and < 0x0530 && char.IsLetter((char)c);

    private static bool IsCjk(int c) => c is (>= 0x3000 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);
}
