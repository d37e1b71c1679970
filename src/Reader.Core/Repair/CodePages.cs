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

    private static readonly bool[] s_suspicious = BuildSuspicious();

    /// <summary>True when some page maps <paramref name="ch"/> to a byte ≥ 0x80 (or it is U+FFFD): only such characters can be mojibake.</summary>
    public static bool IsSuspicious(char ch) => ch < s_suspicious.Length ? s_suspicious[ch] : ch == '\uFFFD';

    private static bool[] BuildSuspicious()
    {
        var table = new bool[0x2200];
        for (var ch = 0x80; ch < table.Length; ch++)
        {
            table[ch] = All.Any(p => p.ByteOf((char)ch) >= 0x80);
        }
        return table;
    }
}
