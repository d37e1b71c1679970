using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Reader.Core.Content;

namespace Reader.Core.Ingestion.Sectioning;

/// <summary>Matching of the outline's markers and keywords against text, the same way everywhere.</summary>
public static partial class Cues
{
    /// <summary>Text reduced for comparison: leading bullets, numbers and symbols dropped, case and width folded.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var i = 0;
        while (i < folded.Length && !char.IsLetter(folded[i]) && !Languages.IsCjkChar(folded[i]) && folded[i] != '(')
        {
            i++;
        }
        return Spaces().Replace(folded[i..], " ").Trim();
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="marker"/>, ignoring bullets, markup and case.</summary>
    public static bool StartsWith(string text, string marker)
    {
        var t = Normalize(text);
        var m = Normalize(marker);
        return m.Length > 0 && t.StartsWith(m, StringComparison.Ordinal);
    }

    /// <summary>The section whose marker for <paramref name="lang"/> opens <paramref name="text"/>, if any.</summary>
    public static string? MarkerSection(string text, string lang, Outline outline) =>
        outline.Sections.FirstOrDefault(s => s.MarkersFor(lang).Any(m => StartsWith(text, m)))?.Id;

    /// <summary>How often a keyword occurs: whole words for Latin script, substrings for CJK.</summary>
    public static int Count(string text, string keyword)
    {
        if (keyword.Length == 0)
        {
            return 0;
        }
        if (keyword.Any(Languages.IsCjkChar))
        {
            var count = 0;
            for (var at = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
            return count;
        }
        var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(keyword)}(?![\p{{L}}\p{{N}}])";
        return Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Count;
    }

    /// <summary>The number that opens a numbered heading or item (<c>3. Cursor</c> → 3), if any.</summary>
    public static int? LeadingNumber(string text)
    {
        var match = LeadingNumberPattern().Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(\d{1,2})\s*[.\u3001)\uFF0E]\s*\S")]
    private static partial Regex LeadingNumberPattern();
}
