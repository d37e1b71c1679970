using System.Text;

namespace Reader.Core.Repair;

/// <summary>A Windows/ISO single-byte code page as mojibake sees it: which byte each character came from, and which bytes it could not represent.</summary>
public sealed class CodePage
{
    // Every character of the pages we know lies below U+2200 (the highest is U+2122 TRADE MARK SIGN).
    private const int MapSize = 0x2200;
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
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var byteOf = NewMap();
        var lost = new List<byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var ch = encoding.GetString([(byte)b]);
            if (ch.Length != 1 || IsUndefined(ch[0]))
            {
                if (b <= 0xBF)
                {
                    lost.Add((byte)b);
                }
                continue;
            }
            byteOf[ch[0]] = (short)b;
        }
        return new CodePage(name, byteOf, lost);
    }

    /// <summary>ISO-8859-1 whose C1 controls (0x80–0x9F) were stripped or replaced: all those bytes are lost.</summary>
    public static CodePage Latin1Stripped()
    {
        var byteOf = NewMap();
        for (var b = 0xA0; b <= 0xFF; b++)
        {
            byteOf[b] = (short)b;
        }
        var lost = Enumerable.Range(0x80, 0x20).Select(b => (byte)b).ToArray();
        return new CodePage("latin-1", byteOf, lost);
    }

    /// <summary>The byte <paramref name="ch"/> stands for in this page, or -1. C1 controls stand for their own byte (sloppy decoders keep them).</summary>
    public int ByteOf(char ch)
    {
        if (ch is >= '\u0080' and <= '\u009F')
        {
            return ch;
        }
        return ch < MapSize ? _byteOf[ch] : -1;
    }

    public override string ToString() => Name;

    private static short[] NewMap()
    {
        var map = new short[MapSize];
        Array.Fill(map, (short)-1);
        return map;
    }

    private static bool IsUndefined(char ch) =>
        ch is (>= '\u0080' and <= '\u009F') or '\uFFFD' or '?' || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.PrivateUse;
}
