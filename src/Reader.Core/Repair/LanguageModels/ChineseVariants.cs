namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// Traditional and simplified Chinese characters (Unihan's kSimplifiedVariant and kTraditionalVariant, derived by
/// <c>tools/repair-lm/build_zh_variants.py</c>): the simplified forms through which the simplified word model also
/// reads traditional text (協議 is looked up as 协议), which characters belong to one script only, and which forms
/// only Japanese writes.
/// </summary>
internal sealed class ChineseVariants
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-zh-variants.txt.gz";
    private static readonly Lazy<ChineseVariants> s_shared = new(Load);

    private readonly Dictionary<int, int[]> _simplified;
    private readonly HashSet<int> _traditionalOnly;
    private readonly HashSet<int> _simplifiedOnly;
    private readonly HashSet<int> _japaneseOnly;

    private ChineseVariants(Dictionary<int, int[]> simplified, HashSet<int> traditionalOnly, HashSet<int> simplifiedOnly, HashSet<int> japaneseOnly)
    {
        _simplified = simplified;
        _traditionalOnly = traditionalOnly;
        _simplifiedOnly = simplifiedOnly;
        _japaneseOnly = japaneseOnly;
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static ChineseVariants Shared => s_shared.Value;

    /// <summary>The simplified forms of <paramref name="c"/> other than itself; empty for a character that has none.</summary>
    public int[] Simplified(int c) => _simplified.TryGetValue(c, out var forms) ? forms : [];

    /// <summary>True for a character only traditional text writes (協; not 乾, which simplifies to 干 but also stays).</summary>
    public bool IsTraditional(int c) => _traditionalOnly.Contains(c);

    /// <summary>True for a character only simplified text writes (协; not 向, although 嚮 simplifies to it).</summary>
    public bool IsSimplified(int c) => _simplifiedOnly.Contains(c);

    /// <summary>True for a form only Japanese writes (図, 気: in JIS X 0208, in neither GB 2312 nor Big5).</summary>
    public bool IsJapanese(int c) => _japaneseOnly.Contains(c);

    private static ChineseVariants Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var simplified = new Dictionary<int, int[]>();
        var traditionalOnly = new HashSet<int>();
        var simplifiedOnly = new HashSet<int>();
        var japaneseOnly = new HashSet<int>();
        while (reader.ReadLine() is { } line)
        {
            // character TAB simplified forms TAB kind (t: traditional only, b: both, s: simplified only, j: Japanese only)
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0)
            {
                continue;
            }
            var c = char.ConvertToUtf32(fields[0], 0);
            if (fields[1].Length > 0)
            {
                simplified[c] = fields[1].EnumerateRunes().Select(r => r.Value).ToArray();
            }
            (fields[2] switch { "t" => traditionalOnly, "s" => simplifiedOnly, "j" => japaneseOnly, _ => null })?.Add(c);
        }
        return new ChineseVariants(simplified, traditionalOnly, simplifiedOnly, japaneseOnly);
    }
}
