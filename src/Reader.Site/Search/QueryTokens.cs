using System.Text;

namespace Reader.Site.Search;

/// <summary>
/// Splits text into the word surfaces and CJK runs that <c>search.js</c> sees in a query.
/// The two must agree: the export maps exactly these surfaces to analysed terms.
/// </summary>
public static class QueryTokens
{
    /// <summary>Words (letters, digits, marks) outside CJK runs, NFKC-normalised and lower-cased.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var normal = Normalize(text);
        var word = new StringBuilder();
        for (var i = 0; i < normal.Length; i++)
        {
            var c = normal[i];
            var isWordChar = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
            if (isWordChar && !IsCjk(normal, i))
            {
                word.Append(c);
                continue;
            }
            if (char.IsHighSurrogate(c) && IsCjk(normal, i))
            {
                i++;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>The same normalisation as the script: NFKC, then lower case.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Kana, Han (BMP and supplementary) and Hangul: the ranges search.js treats as CJK.</summary>
    public static bool IsCjk(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length)
        {
            var cp = char.ConvertToUtf32(c, text[index + 1]);
            return cp is >= 0x20000 and <= 0x2FFFF;
        }
        return c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF');
    }
}
