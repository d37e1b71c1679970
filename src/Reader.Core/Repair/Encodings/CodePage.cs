using System.Text;

namespace Reader.Core.Repair.Encodings;

/// <summary>A Windows/ISO single-byte code page as mojibake sees it: which byte each character came from, and which bytes it could not represent.</summary>
public sealed class CodePage
{
    // The pages' characters lie in the Basic Multilingual Plane (Mac OS Roman reaches U+FB02 and the Apple logo U+F8FF).
    private const int MapSize = 0x10000;
    private readonly short[] _byteOf;

    static CodePage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private CodePage(string name, short[] byteOf, IReadOnlyList<byte> lostBytes)
    {
        Name = name;
        _byteOf = byteOf;
        LostBytes = lostBytes;
    }

    /// <summary>The page's common name, e.g. <c>cp1252</c>.</summary>
    public string Name { get; }

    /// <summary>Continuation bytes (0x80–0xBF) the page has no character for: a decoder dropped them or turned them into U+FFFD.</summary>
    public IReadOnlyList<byte> LostBytes { get; }

    /// <summary>Builds the table of a Windows code page from the platform's decoder; bytes that decode to C1 controls or private use are "lost".</summary>
    public static CodePage FromWindows(string name, int codePage)
    {
        var (byteOf, undefined) = Decode(codePage, privateUseIsText: false, []);
        return new CodePage(name, byteOf, undefined.Where(b => b <= 0xBF).ToArray());
    }

    /// <summary>
    /// Builds the table of a DOS, Mac or ISO page that has a character for every byte (C1 controls, which ISO pages keep,
    /// stand for their own byte): nothing is lost, and private use is the page's own (Mac OS Roman's Apple logo, 0xF0).
    /// <paramref name="aliases"/> are characters other decoders show for a byte (Ω U+03A9 beside U+2126 OHM SIGN).
    /// </summary>
    public static CodePage FromComplete(string name, int codePage, params (char Character, byte Byte)[] aliases)
    {
        var (byteOf, undefined) = Decode(codePage, privateUseIsText: true, aliases);
        return undefined.All(b => b <= 0x9F) ? new CodePage(name, byteOf, []) : throw new ArgumentException($"{name} leaves bytes undefined.", nameof(codePage));
    }

    // The page's table, and the high bytes its decoder has no character for.
    private static (short[] ByteOf, List<byte> Undefined) Decode(int codePage, bool privateUseIsText, (char Character, byte Byte)[] aliases)
    {
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var byteOf = NewMap();
        var undefined = new List<byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var ch = encoding.GetString([(byte)b]);
            if (ch.Length != 1 || IsUndefined(ch[0], privateUseIsText))
            {
                undefined.Add((byte)b);
                // Sloppy decoders show a byte the page lacks as the C1 control of the same number.
                if (b <= 0x9F)
                {
                    byteOf[b] = (short)b;
                }
                continue;
            }
            byteOf[ch[0]] = (short)b;
        }
        foreach (var (character, b) in aliases)
        {
            byteOf[character] = b;
        }
        return (byteOf, undefined);
    }

    /// <summary>ISO-8859-1 whose C1 controls (0x80–0x9F) were stripped or replaced: all those bytes are lost (or kept as the controls).</summary>
    public static CodePage Latin1Stripped()
    {
        var byteOf = NewMap();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            byteOf[b] = (short)b;
        }
        var lost = Enumerable.Range(0x80, 0x20).Select(b => (byte)b).ToArray();
        return new CodePage("latin-1", byteOf, lost);
    }

    /// <summary>
    /// The byte <paramref name="ch"/> stands for in this page, or -1. A C1 control stands for its own byte only where
    /// the page has no character of its own for that byte: a cp1252 decoder shows 0x80 as €, never as U+0080.
    /// </summary>
    public int ByteOf(char ch) => _byteOf[ch];

    public override string ToString() => Name;

    private static short[] NewMap()
    {
        var map = new short[MapSize];
        Array.Fill(map, (short)-1);
        return map;
    }

    private static bool IsUndefined(char ch, bool privateUseIsText) =>
        ch is (>= '\u0080' and <= '\u009F') or '\uFFFD' or '?'
        || (!privateUseIsText && char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.PrivateUse);
}
