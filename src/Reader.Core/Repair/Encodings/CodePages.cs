namespace Reader.Core.Repair.Encodings;

/// <summary>The single-byte code pages UTF-8 text is commonly misread with, in order of preference when several fit equally.</summary>
public static class CodePages
{
    /// <summary>
    /// The pages a second misreading's inner layer is looked for under where the outer layer lost bytes: the Windows
    /// pages and latin-1. DOS and KOI8 pages put their own letters at lead and continuation bytes alike (cp866 р is
    /// 0xE0, а is 0xA0), so clean Cyrillic would pair up as an inner layer under them.
    /// </summary>
    public static IReadOnlyList<CodePage> InnerLayers { get; } =
    [
        CodePage.FromWindows("cp1252", 1252),
        CodePage.FromWindows("cp1254", 1254),
        CodePage.Latin1Stripped(),
        CodePage.FromWindows("cp1250", 1250),
        CodePage.FromWindows("cp1251", 1251),
        CodePage.FromWindows("cp1253", 1253),
        CodePage.FromWindows("cp1257", 1257),
    ];

    /// <summary>All pages repair tries: the Windows pages first, then those (DOS, Mac, ISO, KOI8) that define every byte and so lose none.</summary>
    public static IReadOnlyList<CodePage> All { get; } =
    [
        .. InnerLayers,
        CodePage.FromComplete("iso-8859-2", 28592),
        CodePage.FromComplete("iso-8859-15", 28605),
        CodePage.FromComplete("mac-roman", 10000, ('\u03A9', 0xBD)),
        CodePage.FromComplete("cp437", 437),
        CodePage.FromComplete("cp850", 850),
        CodePage.FromComplete("cp866", 866),
        CodePage.FromComplete("koi8-r", 20866),
    ];

    /// <summary>Where latin-1 with its C1 bytes stripped stands in <see cref="All"/>: the page lone marks point to.</summary>
    public static int Latin1 { get; } = All.Select(p => p.Name).ToList().IndexOf("latin-1");

    // Per character, one bit per page (index in All) that shows a UTF-8 lead byte (0xC2–0xF4) as it, and one per page
    // that shows a continuation byte (0x80–0xBF) as it. A pair is evidence only under one page: with many pages, "çã"
    // is a lead in cp1252 and a continuation in Mac OS Roman, which no single misreading produces.
    private static readonly ushort[] s_leadIn = new ushort[0x10000];
    private static readonly ushort[] s_continuationIn = new ushort[0x10000];
    private static readonly bool[] s_suspicious = BuildRoles();

    /// <summary>True when some page maps <paramref name="ch"/> to a byte ≥ 0x80 (or it is U+FFFD): only such characters can be mojibake.</summary>
    public static bool IsSuspicious(char ch) => s_suspicious[ch] || ch == '\uFFFD';

    /// <summary>True when some page maps <paramref name="codePoint"/> to a UTF-8 lead byte (0xC2–0xF4).</summary>
    public static bool CouldBeLead(int codePoint) => codePoint < s_leadIn.Length && s_leadIn[codePoint] != 0;

    /// <summary>
    /// True when some character of <paramref name="text"/> could be a UTF-8 lead byte followed by one that could be a
    /// continuation byte under the same page: without such a pair no run can be strong evidence of mojibake, so clean
    /// text is skipped fast.
    /// </summary>
    public static bool HasLeadContinuationPair(ReadOnlySpan<char> text) => LeadContinuationPairs(text, 1) > 0;

    /// <summary>How many such pairs <paramref name="text"/> holds, counted up to <paramref name="atMost"/>.</summary>
    public static int LeadContinuationPairs(ReadOnlySpan<char> text, int atMost)
    {
        var pairs = 0;
        while (pairs < atMost)
        {
            var i = text.IndexOfAnyExceptInRange('\0', '\u007F');
            if (i < 0 || i + 1 >= text.Length)
            {
                break;
            }
            var leadIn = s_leadIn[text[i]];
            var next = text[i + 1];
            if (leadIn != 0 && (next == '\uFFFD' || (leadIn & s_continuationIn[next]) != 0))
            {
                pairs++;
            }
            text = text[(i + 1)..];
        }
        return pairs;
    }

    private static bool[] BuildRoles()
    {
        if (All.Count > 16)
        {
            throw new InvalidOperationException("One bit per page: at most 16 pages.");
        }
        var suspicious = new bool[0x10000];
        for (var ch = 0x80; ch < suspicious.Length; ch++)
        {
            for (var p = 0; p < All.Count; p++)
            {
                var b = All[p].ByteOf((char)ch);
                suspicious[ch] |= b >= 0x80;
                if (b is >= 0x80 and <= 0xBF)
                {
                    s_continuationIn[ch] |= (ushort)(1 << p);
                }
                if (b is >= 0xC2 and <= 0xF4)
                {
                    s_leadIn[ch] |= (ushort)(1 << p);
                }
            }
        }
        return suspicious;
    }
}
