namespace Reader.Core.Alignment.Features;

/// <summary>Which languages share enough surface forms (same words, same spelling) for direct comparison to be evidence.</summary>
internal static class LanguageKinship
{
    private static readonly string[][] s_families = [["es", "pt"]];

    public static bool Related(string a, string b) =>
        a == b || s_families.Any(f => f.Contains(a, StringComparer.Ordinal) && f.Contains(b, StringComparer.Ordinal));
}
