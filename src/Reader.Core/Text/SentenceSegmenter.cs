using System.Collections.Frozen;

namespace Reader.Core.Text;

/// <summary>
/// Splits text into sentences for the five article languages: Latin-script rules (abbreviations,
/// initials, decimals, closing quotes, inverted <c>¿¡</c>) and Chinese full-width terminators.
/// Line breaks always end a sentence: a line of a list is never glued to the next.
/// </summary>
public sealed class SentenceSegmenter
{
    // Abbreviations (lower-case, without the final dot) after which a period does not end a sentence.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Abbreviations = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "approx", "no", "fig", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        ["es"] = Set("sr", "sra", "srta", "dr", "dra", "prof", "ud", "uds", "vs", "etc", "p. ej", "ej", "aprox", "núm", "pág", "ee. uu", "uu", "ee", "cap", "ed", "av"),
        ["pt"] = Set("sr", "sra", "dr", "dra", "prof", "vs", "etc", "ex", "p. ex", "aprox", "pág", "nº", "av", "ed"),
        ["nl"] = Set("dhr", "mevr", "dr", "prof", "bijv", "bv", "o.a", "d.w.z", "m.a.w", "ca", "etc", "vs", "nr", "blz", "enz", "mr", "ir", "ing", "drs"),
        ["zh"] = Set("vs", "etc", "e.g", "i.e", "mr", "dr"),
    }.ToFrozenDictionary();

    private readonly FrozenSet<string> _abbreviations;
    private readonly bool _cjk;

    public SentenceSegmenter(string lang)
    {
        _abbreviations = Abbreviations.TryGetValue(lang, out var set) ? set : Abbreviations["en"];
        _cjk = Languages.IsCjk(lang);
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed, none empty, in order; joined they hold every non-space character of the input.</summary>
    public IReadOnlyList<string> Split(string text) =>
        SplitRanges(text).Select(r => text[r]).ToList();

    /// <summary>Where each sentence of <paramref name="text"/> stands, trimmed of surrounding white space.</summary>
    public IReadOnlyList<Range> SplitRanges(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (!IsTerminator(c))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || text[end] == '.'))
            {
                end++;
            }
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }
            if (EndsSentence(text, i, end))
            {
                Add(sentences, text, start, end);
                start = end;
            }
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private bool EndsSentence(string text, int terminator, int end)
    {
        var c = text[terminator];
        if (c is '\u3002' or '\uFF01' or '\uFF1F')
        {
            return true;
        }
        if (end >= text.Length)
        {
            return true;
        }
        var next = text[end];
        var nextVisible = NextVisible(text, end);
        if (!char.IsWhiteSpace(next))
        {
            // "3.5", "e.g.," and "word.Next" are not boundaries; a CJK character right after "." or "?" is.
            return _cjk && nextVisible is { } n && Languages.IsCjkChar(n) && c != '.';
        }
        if (nextVisible is not { } following)
        {
            return true;
        }
        if (c == '.' || c == '\u2026')
        {
            if (char.IsLower(following))
            {
                return false;
            }
            var word = WordBefore(text, terminator);
            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                return false; // an initial: "J. Smith"
            }
            if (_abbreviations.Contains(word.ToLowerInvariant()) || _abbreviations.Contains(TwoWordsBefore(text, terminator).ToLowerInvariant()))
            {
                return false;
            }
        }
        else if (char.IsLower(following) && following is not '\u00BF' and not '\u00A1')
        {
            // "¿Qué? dijo él": a question mark inside a sentence that goes on in lower case.
            return false;
        }
        return true;
    }

    private static char? NextVisible(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return null;
            }
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }
        return null;
    }

    private static string WordBefore(string text, int dot)
    {
        var i = dot;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i - 1 > 0 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }
        return text[i..dot];
    }

    // For two-word abbreviations such as "p. ej." and "EE. UU.".
    private static string TwoWordsBefore(string text, int dot)
    {
        var first = WordBefore(text, dot);
        var j = dot - first.Length;
        if (j >= 3 && text[j - 1] == ' ' && text[j - 2] == '.')
        {
            var second = WordBefore(text, j - 2);
            return second.Length > 0 ? $"{second}. {first}" : first;
        }
        return first;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';

    private static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u300D' or '\u300F' or '\u3011' or '\uFF09' or '*';

    private static void Add(List<Range> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(start..end);
        }
    }

    private static FrozenSet<string> Set(params string[] items) => items.ToFrozenSet(StringComparer.Ordinal);
}
