namespace Reader.Core.Repair;

/// <summary>
/// Simplified forms of traditional Chinese characters (Unihan's kSimplifiedVariant, derived by
/// <c>tools/repair-lm/build_zh_variants.py</c>), so the simplified word model also reads traditional text: 協議 is
/// looked up as 协议.
/// </summary>
internal sealed class ChineseVariants
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-zh-variants.txt.gz";
    private static readonly Lazy<ChineseVariants> s_shared = new(Load);

    private readonly Dictionary<int, int[]> _simplified;
    private readonly HashSet<int> _simplifiedForms;

    private ChineseVariants(Dictionary<int, int[]> simplified)
    {
        _simplified = simplified;
        _simplifiedForms = simplified.Values.SelectMany(forms => forms).Where(c => !simplified.ContainsKey(c)).ToHashSet();
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static ChineseVariants Shared => s_shared.Value;

    /// <summary>The simplified forms of <paramref name="c"/> other than itself; empty for a character that has none.</summary>
    public int[] Simplified(int c) => _simplified.TryGetValue(c, out var forms) ? forms : [];

    /// <summary>True for a traditional form: a character with a simplified form other than itself (協).</summary>
    public bool IsTraditional(int c) => _simplified.ContainsKey(c);

    /// <summary>True for a simplified form of another character that is no traditional form itself (协).</summary>
    public bool IsSimplified(int c) => _simplifiedForms.Contains(c);

    private static ChineseVariants Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var simplified = new Dictionary<int, int[]>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }
            simplified[char.ConvertToUtf32(line, 0)] = line[(tab + 1)..].EnumerateRunes().Select(r => r.Value).ToArray();
        }
        return new ChineseVariants(simplified);
    }
}
