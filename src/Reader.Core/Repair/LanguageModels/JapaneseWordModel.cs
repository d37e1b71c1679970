using System.Text;

namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// IPAdic's word and connection costs (derived by <c>tools/repair-lm/build_ja_ipadic.py</c>, with the katakana
/// loanwords of Japanese manuals that IPAdic lacks as common nouns): MeCab's model of Japanese, in which the best
/// reading of a line has the least total of word costs and of the costs of joining each word to the next (a particle
/// after a noun is cheap, after another particle dear).
/// </summary>
internal sealed class JapaneseWordModel
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-ja-ipadic.bin.gz";

    /// <summary>Context id of sentence boundaries in IPAdic.</summary>
    public const int Boundary = 0;

    /// <summary>Context id and cost IPAdic gives an unknown kanji (名詞,一般), used for any character it lacks.</summary>
    public const int UnknownContext = 1285;
    public const int UnknownCost = 11426;

    // IPAdic's context id of numerals (名詞,数).
    private const int NumeralContext = 1295;

    // IPAdic's costs were trained to segment text whose characters are given, where a numeral is never in doubt: one
    // kanji numeral costs little (十 2874, beside 8140 for the noun 名) so that 二十五 parses as three words. Where a
    // lost byte leaves a kanji open, that cheapness reads an undecided kanji after a noun as a number (ファイル名 as
    // ファイル十); repair prices numerals as dearly as an everyday noun.
    private const int NumeralSurcharge = 4000;

    // IPAdic's context id of general symbols (記号,一般), and what it charges for most of them (！ 1817, ？ 1977, ／ 1812).
    // A few full-width forms it prices far lower (＝ −1694, ＠ −3679, ＆ −227), as if they were as common as commas;
    // where a lost byte leaves ！ or ＝ (EF BC 81 or 9D), that would end every exclamation in ＝. Repair charges them
    // as much as the rest, so the words around them decide.
    private const int SymbolContext = 5;
    private const int GeneralSymbolCost = 1817;

    /// <summary>
    /// IPAdic's cost of an unknown run of katakana (a loanword it lacks, ジョブ), taken as one noun however long
    /// (MeCab groups katakana so: char.def KATAKANA group 1, unk.def 9461).
    /// </summary>
    public const int UnknownKatakanaCost = 9461;

    /// <summary>The state of being inside such a run (beyond IPAdic's context ids); joins as <see cref="UnknownContext"/>.</summary>
    public const int KatakanaRun = 2047;

    private static readonly Lazy<JapaneseWordModel> s_shared = new(Load);

    private readonly string[] _surfaces;
    private readonly Variant[][] _variants;
    private readonly short[] _matrix;
    private readonly int _lefts;

    private JapaneseWordModel(string[] surfaces, Variant[][] variants, short[] matrix, int lefts)
    {
        _surfaces = surfaces;
        _variants = variants;
        _matrix = matrix;
        _lefts = lefts;
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static JapaneseWordModel Shared => s_shared.Value;

    /// <summary>Every entry, in ordinal order (for walking the entries that share a prefix).</summary>
    internal string[] Vocabulary => _surfaces;

    /// <summary>The dictionary's readings of <paramref name="surface"/> (context ids and cost); empty when it has none.</summary>
    public Variant[] Find(string surface)
    {
        var i = Array.BinarySearch(_surfaces, surface, StringComparer.Ordinal);
        if (i < 0 && surface is "\uFF5E" or "\uFF0D")
        {
            // IPAdic is written in EUC-JP, whose wave dash and minus read as \u301C and \u2212; Windows text writes the
            // same marks as the full-width \uFF5E and \uFF0D (こんにちは\uFF5E), which are the same words.
            i = Array.BinarySearch(_surfaces, surface == "\uFF5E" ? "\u301C" : "\u2212", StringComparer.Ordinal);
        }
        return i >= 0 ? _variants[i] : [];
    }

    /// <summary>The cost of a word with left context <paramref name="left"/> after one with right context <paramref name="right"/>.</summary>
    public int Connection(int right, int left) =>
        _matrix[((right == KatakanaRun ? UnknownContext : right) * _lefts) + (left == KatakanaRun ? UnknownContext : left)];

    private static JapaneseWordModel Load()
    {
        var data = EmbeddedData.ReadAll(ResourceName, "RJA1"u8, "Japanese word model").AsSpan();
        int rights = BitConverter.ToUInt16(data[4..6]);
        int lefts = BitConverter.ToUInt16(data[6..8]);
        var offset = 8;
        var matrix = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, short>(data.Slice(offset, rights * lefts * 2)).ToArray();
        offset += rights * lefts * 2;
        var count = (int)BitConverter.ToUInt32(data[offset..(offset + 4)]);
        offset += 4;
        var surfaces = new string[count];
        var variants = new Variant[count][];
        for (var i = 0; i < count; i++)
        {
            int length = data[offset++];
            surfaces[i] = Encoding.UTF8.GetString(data.Slice(offset, length));
            offset += length;
            var readings = new Variant[data[offset++]];
            for (var v = 0; v < readings.Length; v++)
            {
                int left = BitConverter.ToUInt16(data[offset..(offset + 2)]);
                int cost = BitConverter.ToInt16(data[(offset + 4)..(offset + 6)]);
                readings[v] = new Variant(
                    left,
                    BitConverter.ToUInt16(data[(offset + 2)..(offset + 4)]),
                    left == NumeralContext ? cost + NumeralSurcharge
                        : left == SymbolContext && IsFullWidthForm(surfaces[i]) ? Math.Max(cost, GeneralSymbolCost)
                        : cost);
                offset += 6;
            }
            variants[i] = readings;
        }
        return new JapaneseWordModel(surfaces, variants, matrix, lefts);
    }

    private static bool IsFullWidthForm(string surface) => surface is [>= '\uFF01' and <= '\uFF5E'];

    /// <summary>One reading of a surface form: its left and right context ids and its word cost.</summary>
    public readonly record struct Variant(int Left, int Right, int Cost);
}
