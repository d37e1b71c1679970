using System.Globalization;
using System.Text;

namespace Reader.Core.Alignment.Features;

/// <summary>Normalises Latin-script words so that forms of one word, and cognates across languages, compare equal.</summary>
internal static class WordForms
{
    /// <summary>Lower-cases and strips diacritics: <c>Inteligência</c> → <c>inteligencia</c>.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == '\u2019' ? '\'' : c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A light English suffix stripper (plural, -ing, -ed, -ly, -ation): enough to meet glosses halfway.</summary>
    public static string Stem(string word)
    {
        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        if (w.Length <= 3)
        {
            return w;
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        foreach (var suffix in s_suffixes)
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3)
        {
            w = w[..^1];
        }
        if (w.EndsWith('e') && w.Length > 4)
        {
            w = w[..^1];
        }
        return w;
    }

    /// <summary>Longest-common-subsequence ratio: the share of the longer word the two have in order (cognate test).</summary>
    public static double Lcsr(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }
            cur.CopyTo(prev);
        }
        return (double)prev[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static readonly string[] s_suffixes = ["ations", "ation", "ings", "ing", "edly", "ed", "ly", "ness", "ments", "ment"];
}
