namespace Reader.Search.Languages;

/// <summary>The language profiles Reader knows, by ISO 639-1 code.</summary>
public static class SearchLanguages
{
    private static readonly Dictionary<string, SearchLanguage> s_known = new SearchLanguage[]
    {
        new English(), new Spanish(), new Portuguese(), new Chinese(), new Dutch(),
    }.ToDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>The codes with a dedicated profile, in the article's usual order.</summary>
    public static IReadOnlyList<string> KnownCodes { get; } = ["en", "es", "pt", "zh", "nl"];

    /// <summary>Sort key putting known codes in <see cref="KnownCodes"/> order before any other.</summary>
    public static int OrderOf(string code)
    {
        for (var i = 0; i < KnownCodes.Count; i++)
        {
            if (KnownCodes[i] == code)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    /// <summary>True when <paramref name="code"/> has a dedicated profile.</summary>
    public static bool IsKnown(string code) => s_known.ContainsKey(code);

    /// <summary>The profile for <paramref name="code"/>; a language without one gets plain word splitting.</summary>
    public static SearchLanguage Get(string code) =>
        s_known.TryGetValue(code, out var language) ? language : new GenericLanguage(code);
}
