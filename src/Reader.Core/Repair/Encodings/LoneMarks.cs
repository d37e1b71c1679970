namespace Reader.Core.Repair.Encodings;

/// <summary>
/// Damage that leaves no UTF-8 pair behind: latin-1 with its C1 bytes stripped keeps only the lead byte "â" of every
/// quote, apostrophe and dash (E2 80 xx), so English without accented letters shows nothing but lone "â"s. Such an
/// "â" standing where a quote or dash stands (before a capital, after a word's last letter, between spaces) is
/// evidence of that damage: no language writes a genuine "â" there.
/// </summary>
internal static class LoneMarks
{
    /// <summary>
    /// How many such marks make a text damaged: one may be a quotation ("the letter â"), unless it stands where no letter
    /// is named (see <see cref="Count"/>).
    /// </summary>
    public const int Enough = 2;

    private const char LeadOfPunctuation = '\u00E2';
    private const char EmojiLead = '\u00F0';

    // In damaged text every "â" is a lost quote, dash or apostrophe, and quotes and dashes are a good share of them;
    // where "â" is a letter (Romanian, Portuguese, French), a word that ends in it is one among thousands.
    private const int MarksShare = 10;

    // Text that lost only its punctuation this way has few other lone leads (an É, whose 0x89 was stripped too);
    // text full of genuine accented letters that merely has an "â" between spaces (a hunspell affix file's flag) has
    // thousands.
    private const int OtherLeadsPerMark = 2;

    // Words (their beginnings, lower case) with which a text names a letter or speaks of how text is encoded, in the
    // languages repair knows and their neighbours: only such a text sets an "â" alone between words as a letter.
    private static readonly string[] s_letterWords =
    [
        "letter", "character", "accent", "circumflex", "vowel", "diacritic", "alphabet", "glyph", "spell", "mojibake",
        "encod", "unicode", "utf", "latin", "letra", "car\u00E1cter", "caracter", "acento", "circunfle", "vocal", "vogal",
        "alfabet", "teken", "klinker", "lettre", "caract\u00E8re", "circonflexe", "voyelle", "buchstabe", "zeichen",
        "akzent", "zirkumflex", "vokal", "liter\u0103", "\u0431\u0443\u043A\u0432", "\u0441\u0438\u043C\u0432\u043E\u043B",
    ];

    // The words Dutch writes after ’s (des): times of day, of the week and of the year, and a few fixed phrases.
    private static readonly HashSet<string> s_dutchTimesWithS = new(StringComparer.OrdinalIgnoreCase)
    {
        "ochtends", "morgens", "middags", "avonds", "nachts", "zomers", "winters", "voorjaars", "najaars", "maandags",
        "dinsdags", "woensdags", "donderdags", "vrijdags", "zaterdags", "zondags", "werelds", "lands", "levens",
    };

    // Articles and prepositions (en, nl, es, pt), which no dash follows: what comes after them belongs to them.
    private static readonly HashSet<string> s_needComplement = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "for", "with", "as", "like", "by", "from", "into", "de", "het", "een", "van", "met",
        "als", "el", "la", "los", "las", "un", "una", "con", "como", "o", "os", "um", "uma", "com",
    };

    /// <summary>
    /// How many lone "â"s stand in punctuation places in <paramref name="text"/>, and lone "ð"s where emoji stand, in
    /// the lines that hold no genuine typographic punctuation or emoji (in the others, only those that open and close a
    /// quotation or end a contraction); 0 when most of those lines' "â"s stand inside words as a letter does, or when
    /// other accented letters stand alone there far more often than the marks. One mark counts as
    /// <see cref="Enough"/> where it can be no letter named: it ends a contraction ("donât"), or it stands between two
    /// words as a dash does in a text that names no letter (English written in ASCII but for one dash).
    /// </summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var marks = 0;
        var all = 0;
        var emoji = 0;
        var sure = 0;
        var contractions = 0;
        // Only the lines that hold a lead are read (this runs on every chunk of the input), each once.
        var at = text.IndexOfAny(LeadOfPunctuation, EmojiLead);
        while (at >= 0)
        {
            var start = text[..at].LastIndexOf('\n') + 1;
            var length = text[start..].IndexOf('\n');
            var line = length < 0 ? text[start..] : text.Slice(start, length);
            if (HoldsGenuineMarks(line))
            {
                var apostrophes = Apostrophes(line);
                var kept = 2 * QuotationPairs(line) + apostrophes;
                marks += kept;
                all += kept;
                sure += apostrophes;
                contractions += Contractions(line);
            }
            else
            {
                emoji += LoneEmoji(line);
                for (var i = at - start; i < line.Length; i++)
                {
                    if (line[i] == LeadOfPunctuation)
                    {
                        all++;
                        marks += IsMark(line, i) ? 1 : 0;
                        contractions += IsContraction(line, i) ? 1 : 0;
                        sure += IsApostrophe(line, i) || IsDashBetweenWords(line, i) ? 1 : 0;
                    }
                }
            }
            var end = start + line.Length;
            var next = text[end..].IndexOfAny(LeadOfPunctuation, EmojiLead);
            at = next < 0 ? -1 : end + next;
        }
        if (marks + emoji == 0 || marks * MarksShare < all)
        {
            return 0;
        }
        // Counted last, and only then: clean French or Portuguese holds "â" as a letter. (Not where an "â" makes a
        // contraction that no word of any language spells: then the accents are those of clean paragraphs beside the
        // damaged ones, één and café beside "zoân".)
        var others = 0;
        foreach (var line in text.EnumerateLines())
        {
            others += HoldsGenuineMarks(line) ? 0 : OtherLoneLeads(line);
        }
        if (contractions == 0 && others - emoji > OtherLeadsPerMark * (marks + emoji))
        {
            return 0;
        }
        return marks + emoji < Enough && sure > 0 && !NamesLetters(text) ? Enough : marks + emoji;
    }

    // Whether the "â" at position at stands alone between two words (or numbers), as a spaced dash does: not after a
    // comma or a stop, and not after a word that needs what follows it ("the â sound" names a letter).
    private static bool IsDashBetweenWords(ReadOnlySpan<char> line, int at)
    {
        if (at < 2 || at + 2 >= line.Length || line[at - 1] != ' ' || line[at + 1] != ' ' || !char.IsLetterOrDigit(line[at + 2])
            || !(char.IsLetterOrDigit(line[at - 2]) || line[at - 2] is '"' or ')'))
        {
            return false;
        }
        var start = at - 2;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }
        return !s_needComplement.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line[start..(at - 1)]);
    }

    // Whether a word of text begins with one of the words that name letters or encodings.
    private static bool NamesLetters(ReadOnlySpan<char> text)
    {
        foreach (var word in s_letterWords)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    return true;
                }
                var next = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        return false;
    }

    /// <summary>
    /// How many lone "â"s of <paramref name="text"/> stand where a quote, dash or apostrophe would, whatever else their
    /// lines hold: no page that keeps the bytes 80 to 9F leaves one there.
    /// </summary>
    public static int CountAnywhere(ReadOnlySpan<char> text)
    {
        var count = 0;
        // Only the lines that hold a lead are read (this runs on every chunk of the input).
        for (var at = text.IndexOf(LeadOfPunctuation); at >= 0;)
        {
            var start = text[..at].LastIndexOf('\n') + 1;
            var length = text[start..].IndexOf('\n');
            var line = length < 0 ? text[start..] : text.Slice(start, length);
            count += IsMark(line, at - start) ? 1 : 0;
            var next = text[(at + 1)..].IndexOf(LeadOfPunctuation);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return count;
    }

    /// <summary>
    /// Whether some lone "â" of <paramref name="line"/> stands where a quote, dash or apostrophe would, whatever else the
    /// line holds, or joins two words or two numbers as a dash does ("storyâit", "3â4 feet"): in a text damaged in
    /// places, a sentence that lost its marks beside one that kept them. (Where "â" is a letter of a word, pâte, the
    /// decoder keeps the word.)
    /// </summary>
    public static bool StandsIn(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOf(LeadOfPunctuation); i >= 0 && i < line.Length; i++)
        {
            if (line[i] == LeadOfPunctuation && (IsMark(line, i) || Joins(line, i, char.IsAsciiLetterLower) || Joins(line, i, char.IsAsciiDigit)))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the "â" at position at stands between two characters of a kind.
    private static bool Joins(ReadOnlySpan<char> line, int at, Func<char, bool> kind) =>
        at > 0 && at + 1 < line.Length && kind(line[at - 1]) && kind(line[at + 1]);

    // Quotes, dashes, arrows and operators (E2 80..8B xx) and emoji (F0 9F xx xx) cannot survive this damage: a line
    // where one stands is genuine text, though the text may be damaged in other paragraphs.
    private static bool HoldsGenuineMarks(ReadOnlySpan<char> line) =>
        line.IndexOfAnyInRange('\u2010', '\u22FF') >= 0 || line.IndexOfAnyInRange('\uD83C', '\uD83E') >= 0;

    // Whether the "â" at position at of a line stands where a quote, dash or apostrophe would.
    private static bool IsMark(ReadOnlySpan<char> line, int at)
    {
        var before = at > 0 ? line[at - 1] : '\n';
        var after = at + 1 < line.Length ? line[at + 1] : '\n';
        var closing = IsClosingAt(line, at);
        // Before a lower-case letter an "â" may start a word (French âge, Portuguese âmbito); it opens a quotation
        // only where a closing mark follows in the same line ("âhelloâ").
        var opening = IsSpaceOrOpening(before)
            && (char.IsAsciiLetterUpper(after) || char.IsAsciiDigit(after) || (char.IsAsciiLetterLower(after) && ClosesLater(line, at)));
        // A dash stands between words on one line, or opens a line as a list's bullet; a lone "â" between tabs or at a
        // line's end is a table's letter.
        var dash = (before == ' ' || line[..at].IsWhiteSpace()) && after == ' ';
        // Doubled where no word goes on into it: "ââââ" is a rule of box drawing (┌──┐) or quotes around a dash, while
        // "Rhâââ" is French for a groan.
        var doubled = (before == LeadOfPunctuation || after == LeadOfPunctuation) && !AfterLetter(line, at);
        return opening || closing || dash || doubled || IsApostrophe(line, at);
    }

    // How many quotations of a line open with a lone "â" before a capital and close with one after a word: a sentence
    // that lost its quotes ("âIk was zenuwachtigâ, gaf ze toe") beside one that kept them, as no genuine "â" stands.
    private static int QuotationPairs(ReadOnlySpan<char> line)
    {
        var pairs = 0;
        var open = false;
        for (var i = line.IndexOf(LeadOfPunctuation); i >= 0 && i < line.Length; i++)
        {
            if (line[i] != LeadOfPunctuation)
            {
                continue;
            }
            if (!open && (i == 0 || IsSpaceOrOpening(line[i - 1])) && i + 1 < line.Length && char.IsAsciiLetterUpper(line[i + 1]))
            {
                open = true;
            }
            else if (open && IsClosingAt(line, i))
            {
                (pairs, open) = (pairs + 1, false);
            }
        }
        return pairs;
    }

    /// <summary>
    /// How many lone "â"s of <paramref name="line"/> end an English contraction (donât, sheâd): a sentence that lost its
    /// apostrophes, also beside one that kept them.
    /// </summary>
    public static int Apostrophes(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = line.IndexOf(LeadOfPunctuation); i >= 0 && i < line.Length; i++)
        {
            count += line[i] == LeadOfPunctuation && IsApostrophe(line, i) ? 1 : 0;
        }
        return count;
    }

    // Whether the run of "â"s through position at follows a letter.
    private static bool AfterLetter(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] == LeadOfPunctuation)
        {
            start--;
        }
        return start > 0 && char.IsLetter(text[start - 1]);
    }

    // The lead "ð" of an emoji whose other bytes were all stripped, standing as a word of its own: in Icelandic and
    // Faroese it is a letter inside words.
    private static int LoneEmoji(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOf(EmojiLead); i >= 0 && i < text.Length; i++)
        {
            if (text[i] == EmojiLead && (i == 0 || IsSpaceOrOpening(text[i - 1]))
                && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsClosing(text[i + 1])))
            {
                count++;
            }
        }
        return count;
    }

    // Latin-1 letters that may be UTF-8 lead bytes (Â to ô, but for â), standing without a continuation byte after them.
    private static int OtherLoneLeads(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u00C2' and <= '\u00F4' and not LeadOfPunctuation
                && (i + 1 == text.Length || text[i + 1] is < '\u0080' or > '\u00BF'))
            {
                count++;
            }
        }
        return count;
    }

    // Word-final "â" before a space or punctuation: no language ends a word in it.
    private static bool IsClosingAt(ReadOnlySpan<char> text, int at)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        return (char.IsAsciiLetterOrDigit(before) || IsClosing(before)) && (IsSpaceOrOpening(after) || IsClosing(after));
    }

    private static bool ClosesLater(ReadOnlySpan<char> text, int at)
    {
        for (var i = at + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == LeadOfPunctuation && IsClosingAt(text, i))
            {
                return true;
            }
        }
        return false;
    }

    // An English contraction or possessive: It's, don't, I'm, we're, I've, I'll, she'd. No language ends a word in
    // "âs" or "âll" after a letter, in "ât" after n, or in "âm" after a lone I, where "â" is a letter (Vietnamese
    // dân, French dégât, Romanian Sâm). Nor writes "âs ochtends" or "zoân": Dutch ’s and zo’n.
    private static bool IsApostrophe(ReadOnlySpan<char> text, int at) => IsDutchElision(text, at) || IsEnglishContraction(text, at);

    // The English ones of those.
    private static bool IsEnglishContraction(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !char.IsAsciiLetter(text[at - 1]))
        {
            return false;
        }
        var rest = text[(at + 1)..];
        var end = 0;
        while (end < rest.Length && char.IsAsciiLetter(rest[end]))
        {
            end++;
        }
        if (end < rest.Length && char.IsLetter(rest[end]))
        {
            return false;
        }
        var ending = rest[..end];
        var loneI = text[at - 1] == 'I' && (at == 1 || !char.IsLetter(text[at - 2]));
        return ending is "s" or "d" or "ll" or "re" or "ve"
            || (ending is "t" && text[at - 1] == 'n')
            || (ending is "m" && loneI);
    }

    // How many lone "â"s of a line make a contraction no word spells (see IsContraction).
    private static int Contractions(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = line.IndexOf(LeadOfPunctuation); i >= 0 && i < line.Length; i++)
        {
            count += line[i] == LeadOfPunctuation && IsContraction(line, i) ? 1 : 0;
        }
        return count;
    }

    // An apostrophe no genuine "â" could be: not one before a final s or d, which a word may end in (Romanian râs).
    private static bool IsContraction(ReadOnlySpan<char> text, int at) =>
        IsDutchElision(text, at)
        || (IsEnglishContraction(text, at) && !(at + 2 <= text.Length && text[at + 1] is 's' or 'd' && (at + 2 == text.Length || !char.IsLetter(text[at + 2]))));

    // Dutch elides des to ’s before the times of day and of the year ("’s ochtends", "’s winters") and before a town's
    // name (’s-Hertogenbosch), and een to ’n after zo. (Not ’t alone: "jahn ât freenet dôt de" spells out an address.)
    private static bool IsDutchElision(ReadOnlySpan<char> text, int at)
    {
        var after = text[(at + 1)..];
        if ((at == 0 || IsSpaceOrOpening(text[at - 1])) && after.StartsWith("s-", StringComparison.Ordinal))
        {
            return true;
        }
        if ((at == 0 || IsSpaceOrOpening(text[at - 1])) && after.StartsWith("s ", StringComparison.Ordinal))
        {
            var next = after[2..];
            var end = 0;
            while (end < next.Length && char.IsLetter(next[end]))
            {
                end++;
            }
            return s_dutchTimesWithS.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next[..end]);
        }
        return at >= 2 && text[(at - 2)..at].Equals("zo", StringComparison.OrdinalIgnoreCase)
            && (at == 2 || !char.IsLetter(text[at - 3])) && after.Length >= 1 && after[0] == 'n' && (after.Length == 1 || !char.IsLetter(after[1]));
    }

    private static bool IsSpaceOrOpening(char ch) => char.IsWhiteSpace(ch) || ch is '(' or '[';

    private static bool IsClosing(char ch) => ch is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']';
}
