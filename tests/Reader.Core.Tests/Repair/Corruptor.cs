using System.Text;
using System.Text.RegularExpressions;

namespace Reader.Core.Tests.Repair;

/// <summary>The ways test fixtures damage clean text: UTF-8 bytes read with a single-byte code page.</summary>
public enum Corruption
{
    /// <summary>cp1252; bytes it has no character for are dropped.</summary>
    Cp1252Dropped,

    /// <summary>cp1252; bytes it has no character for become U+FFFD.</summary>
    Cp1252Replaced,

    /// <summary>cp1252; bytes it has no character for become "?", as encoders that replace what they cannot write leave them.</summary>
    Cp1252Question,

    /// <summary>cp1254 (Turkish); lost bytes dropped.</summary>
    Cp1254Dropped,

    /// <summary>cp1254, lost bytes dropped, and the invisible U+00AD SOFT HYPHEN stripped too (as in the article's Chinese source).</summary>
    Cp1254DroppedShyStripped,

    /// <summary>cp1250 (Central European); lost bytes dropped.</summary>
    Cp1250Dropped,

    /// <summary>cp1251 (Cyrillic); lost bytes dropped.</summary>
    Cp1251Dropped,

    /// <summary>ISO-8859-1 with the C1 controls (0x80–0x9F) stripped.</summary>
    Latin1Stripped,

    /// <summary>cp1252, lost bytes dropped, and its no-break spaces (byte A0) made plain spaces, as text tools do.</summary>
    Cp1252NbspAsSpace,

    /// <summary>cp1252 applied twice, nothing lost.</summary>
    Cp1252Twice,

    /// <summary>cp1252 applied twice: the inner layer keeps its C1 controls, the outer one drops what cp1252 lacks.</summary>
    Cp1252TwiceOuterDropped,

    /// <summary>cp1252 applied twice, each layer dropping the bytes cp1252 lacks.</summary>
    Cp1252TwiceDropped,

    /// <summary>cp1254 applied twice, each layer dropping the bytes cp1254 lacks.</summary>
    Cp1254TwiceDropped,

    /// <summary>cp1250, then cp1252 over that, each layer dropping the bytes its page lacks.</summary>
    Cp1250ThenCp1252Dropped,

    /// <summary>cp1252, then cp1250 over that, each layer dropping the bytes its page lacks.</summary>
    Cp1252ThenCp1250Dropped,

    /// <summary>ISO-8859-2 (Central European), its C1 controls kept: nothing lost.</summary>
    Iso88592,

    /// <summary>ISO-8859-15 (latin-9, with €), its C1 controls kept: nothing lost.</summary>
    Iso885915,

    /// <summary>Mac OS Roman: nothing lost.</summary>
    MacRoman,

    /// <summary>DOS cp437 (the US console): nothing lost.</summary>
    Cp437,

    /// <summary>DOS cp850 (the Western European console): nothing lost.</summary>
    Cp850,

    /// <summary>DOS cp866 (the Russian console): nothing lost.</summary>
    Cp866,

    /// <summary>KOI8-R: nothing lost.</summary>
    Koi8R,
}

/// <summary>Makes damaged fixtures with a known original.</summary>
public static class Corruptor
{
    static Corruptor()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Damages all of <paramref name="text"/>.</summary>
    public static string Corrupt(string text, Corruption kind) => kind switch
    {
        Corruption.Cp1252Dropped => Misread(text, 1252, null),
        Corruption.Cp1252Replaced => Misread(text, 1252, "\uFFFD"),
        Corruption.Cp1252Question => Misread(text, 1252, "?"),
        Corruption.Cp1254Dropped => Misread(text, 1254, null),
        Corruption.Cp1254DroppedShyStripped => Misread(text, 1254, null).Replace("\u00AD", "", StringComparison.Ordinal),
        Corruption.Cp1250Dropped => Misread(text, 1250, null),
        Corruption.Cp1251Dropped => Misread(text, 1251, null),
        Corruption.Latin1Stripped => Misread(text, 28591, null),
        Corruption.Cp1252NbspAsSpace => Misread(text, 1252, null).Replace('\u00A0', ' '),
        Corruption.Cp1252Twice => Misread(Misread(text, 1252, "keep"), 1252, "keep"),
        Corruption.Cp1252TwiceOuterDropped => Misread(Misread(text, 1252, "keep"), 1252, null),
        Corruption.Cp1252TwiceDropped => Misread(Misread(text, 1252, null), 1252, null),
        Corruption.Cp1254TwiceDropped => Misread(Misread(text, 1254, null), 1254, null),
        Corruption.Cp1250ThenCp1252Dropped => Misread(Misread(text, 1250, null), 1252, null),
        Corruption.Cp1252ThenCp1250Dropped => Misread(Misread(text, 1252, null), 1250, null),
        Corruption.Iso88592 => MisreadWhole(text, 28592),
        Corruption.Iso885915 => MisreadWhole(text, 28605),
        Corruption.MacRoman => MisreadWhole(text, 10000),
        Corruption.Cp437 => MisreadWhole(text, 437),
        Corruption.Cp850 => MisreadWhole(text, 850),
        Corruption.Cp866 => MisreadWhole(text, 866),
        Corruption.Koi8R => MisreadWhole(text, 20866),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Damages every other paragraph only (paragraphs are separated by blank lines).</summary>
    public static string CorruptSomeParagraphs(string text, Corruption kind)
    {
        var paragraphs = text.Split("\n\n");
        for (var i = 0; i < paragraphs.Length; i += 2)
        {
            paragraphs[i] = Corrupt(paragraphs[i], kind);
        }
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>
    /// Damages every other sentence of each line (the second, the fourth…; a sentence ends at ". ", "? ", "! " or a
    /// full-width stop), so that damaged sentences stand in lines beside clean ones.
    /// </summary>
    public static string CorruptSomeSentences(string text, Corruption kind) =>
        string.Join('\n', text.Split('\n').Select(line =>
            string.Concat(Sentences(line).Select((sentence, i) => i % 2 == 1 ? Corrupt(sentence, kind) : sentence))));

    /// <summary>
    /// A text of one line per pair: the sentence <see cref="CorruptSomeSentences"/> keeps, then the one it damages.
    /// </summary>
    public static string LinesOfPairs(IEnumerable<(string Kept, string Damaged)> sentences) =>
        string.Concat(sentences.Select(s => s.Kept + " " + s.Damaged + "\n"));

    /// <summary>The sentences <see cref="CorruptSomeSentences"/> damages.</summary>
    public static IEnumerable<string> SomeSentences(string text) =>
        text.Split('\n').SelectMany(line => Sentences(line).Where((_, i) => i % 2 == 1));

    private static string[] Sentences(string line) => Regex.Split(line, "(?<=[.?!] |[\u3002\uFF01\uFF1F])");

    /// <summary>Misreads <paramref name="text"/> with each code page in turn, each layer dropping the bytes its page lacks.</summary>
    public static string MisreadWithEach(string text, params int[] codePages) => codePages.Aggregate(text, (t, page) => Misread(t, page, null));

    // A page with a character for every byte (C1 controls included) misreads UTF-8 without losing anything.
    private static string MisreadWhole(string text, int codePage) => Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(text));

    // lost: null drops bytes the page cannot show, "\uFFFD" or "?" replaces them, "keep" keeps them as C1 controls.
    private static string Misread(string text, int codePage, string? lost)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var ch = encoding.GetString([b])[0];
            var undefined = b >= 0x80 && (ch is (>= '\u0080' and <= '\u009F') or '?' || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.PrivateUse);
            if (!undefined)
            {
                builder.Append(ch);
            }
            else if (lost == "keep")
            {
                builder.Append((char)b);
            }
            else if (lost is not null)
            {
                builder.Append(lost);
            }
        }
        return builder.ToString();
    }
}

/// <summary>Character-level accuracy of a repair against the known original.</summary>
public static class RepairScore
{
    /// <summary>Share of the original's non-ASCII characters restored: 1 − edit distance ÷ their count.</summary>
    public static double Accuracy(string original, string repaired)
    {
        var damaged = original.EnumerateRunes().Count(r => r.Value >= 0x80);
        if (damaged == 0)
        {
            return original == repaired ? 1 : 0;
        }
        return Math.Max(0, 1 - (double)EditDistance(original, repaired) / damaged);
    }

    /// <summary>Levenshtein distance over code points.</summary>
    public static int EditDistance(string a, string b)
    {
        var x = a.EnumerateRunes().Select(r => r.Value).ToArray();
        var y = b.EnumerateRunes().Select(r => r.Value).ToArray();
        var previous = Enumerable.Range(0, y.Length + 1).ToArray();
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[y.Length];
    }
}
