namespace Reader.Core.Repair;

/// <summary>The single-byte code pages UTF-8 text is commonly misread with, in order of preference when several fit equally.</summary>
public static class CodePages
{
    /// <summary>All pages repair tries.</summary>
    public static IReadOnlyList<CodePage> All { get; } =
    [
        CodePage.FromWindows("cp1252", 1252),
        CodePage.FromWindows("cp1254", 1254),
        CodePage.Latin1Stripped(),
        CodePage.FromWindows("cp1250", 1250),
        CodePage.FromWindows("cp1251", 1251),
        CodePage.FromWindows("cp1253", 1253),
        CodePage.FromWindows("cp1257", 1257),
    ];

    private const byte Suspicious = 1;
    private const byte Lead = 2;
    private const byte Continuation = 4;
    private static readonly byte[] s_roles = BuildRoles();

    /// <summary>True when some page maps <paramref name="ch"/> to a byte ≥ 0x80 (or it is U+FFFD): only such characters can be mojibake.</summary>
    public static bool IsSuspicious(char ch) => ch < s_roles.Length ? (s_roles[ch] & Suspicious) != 0 : ch == '\uFFFD';

    /// <summary>True when some page maps <paramref name="codePoint"/> to a UTF-8 lead byte (0xC2–0xF4).</summary>
    public static bool CouldBeLead(int codePoint) => codePoint < s_roles.Length && (s_roles[codePoint] & Lead) != 0;

    /// <summary>
    /// True when some character of <paramref name="text"/> could be a UTF-8 lead byte followed by one that could be a
    /// continuation byte: without such a pair no run can be strong evidence of mojibake, so clean text is skipped fast.
    /// </summary>
    public static bool HasLeadContinuationPair(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var i = text.IndexOfAnyExceptInRange('\0', '\u007F');
            if (i < 0 || i + 1 >= text.Length)
            {
                return false;
            }
            var ch = text[i];
            var next = text[i + 1];
            if (ch < s_roles.Length && (s_roles[ch] & Lead) != 0
                && (next == '\uFFFD' || (next < s_roles.Length && (s_roles[next] & Continuation) != 0)))
            {
                return true;
            }
            text = text[(i + 1)..];
        }
    }

    private static byte[] BuildRoles()
    {
        var table = new byte[0x2200];
        for (var ch = 0x80; ch < table.Length; ch++)
        {
            foreach (var page in All)
            {
                var b = page.ByteOf((char)ch);
                if (b >= 0x80)
                {
                    table[ch] |= Suspicious;
                }
                if (b is >= 0x80 and <= 0xBF)
                {
                    table[ch] |= Continuation;
                }
                if (b is >= 0xC2 and <= 0xF4)
                {
                    table[ch] |= Lead;
                }
            }
        }
        return table;
    }
}
