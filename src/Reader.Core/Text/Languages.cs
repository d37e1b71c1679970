namespace Reader.Core;

/// <summary>The languages Reader can ingest, segment and search, and script tests on characters.</summary>
public static class Languages
{
    /// <summary>ISO 639-1 codes with segmentation and analysis support.</summary>
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "pt", "zh", "nl"];

    public static bool IsSupported(string code) => Supported.Contains(code, StringComparer.Ordinal);

    /// <summary>True for languages written without spaces between words.</summary>
    public static bool IsCjk(string code) => code is "zh" or "ja";

    /// <summary>True for Han ideographs, kana and CJK punctuation: characters that need no space between them.</summary>
    public static bool IsCjkChar(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';
}
