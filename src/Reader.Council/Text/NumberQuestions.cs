using System.Globalization;
using System.Text.RegularExpressions;

namespace Reader.Council.Text;

/// <summary>
/// Questions that ask for a number or a date (how many, in what year, when) and passages that hold one:
/// a passage without any number cannot answer what a price, a count or a year is.
/// </summary>
public static partial class NumberQuestions
{
    // Phrases that ask for a count or an amount, and phrases that ask for a date; "when" words only open
    // a question ("When was o3 released?"), since inside a sentence they join clauses ("…learn when
    // rewards can be checked").
    private static readonly Dictionary<string, (string[] Count, string[] Date, string[] OpeningDate)> s_asks = new()
    {
        ["en"] = (["how many", "how much"], ["what year", "which year"], ["when"]),
        ["es"] = (["cu\u00E1ntos", "cu\u00E1ntas", "cu\u00E1nto", "cu\u00E1nta"], ["qu\u00E9 a\u00F1o"], ["cu\u00E1ndo"]),
        ["pt"] = (["quantos", "quantas", "quanto", "quanta"], ["que ano"], ["quando"]),
        ["nl"] = (["hoeveel"], ["welk jaar"], ["wanneer"]),
        ["zh"] = (["\u591A\u5C11", "\u51E0\u4E2A"], ["\u54EA\u4E00\u5E74", "\u54EA\u5E74", "\u4F55\u65F6", "\u4EC0\u4E48\u65F6\u5019"], []),
    };

    // Spelled-out numbers from two up ("one" and its kin are mostly not counts).
    private static readonly HashSet<string> s_numberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "hundred", "thousand", "million", "billion", "percent", "half",
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "cien", "mil", "mill\u00F3n", "millones",
        "dois", "duas", "tr\u00EAs", "quatro", "sete", "oito", "nove", "dez", "cem", "milh\u00E3o", "milh\u00F5es", "metade",
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "honderd", "duizend", "miljoen", "miljard", "procent", "helft",
    };

    /// <summary>What <paramref name="question"/>, written in <paramref name="lang"/>, asks for: a count or amount, a date, or neither.</summary>
    public static NumberAsked Asks(string question, string lang)
    {
        if (!s_asks.TryGetValue(lang, out var asks))
        {
            return NumberAsked.None;
        }
        var lower = question.ToLower(CultureInfo.InvariantCulture);
        bool Has(string[] phrases)
        {
            if (lang == "zh")
            {
                return phrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
            }
            var words = $" {string.Join(' ', TermAnalyzer.Words(lower))} ";
            return phrases.Any(p => words.Contains($" {p} ", StringComparison.Ordinal));
        }
        var opening = TermAnalyzer.Words(lower).FirstOrDefault();
        return Has(asks.Count) ? NumberAsked.Count
            : Has(asks.Date) || asks.OpeningDate.Contains(opening) ? NumberAsked.Date
            : NumberAsked.None;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds what <paramref name="asked"/> needs: for a date any number
    /// written in digits; for a count one that is not a year (a figure, a Chinese numeral, a number word).
    /// Digits inside names (GPT-2, R1) are no numbers.
    /// </summary>
    public static bool Answers(string text, NumberAsked asked)
    {
        if (asked == NumberAsked.None)
        {
            return true;
        }
        var figures = Figure().Matches(text).Select(m => m.Value).ToList();
        if (asked == NumberAsked.Date)
        {
            return figures.Count > 0;
        }
        return figures.Any(f => !IsYear(f))
            || TermAnalyzer.Words(text.ToLower(CultureInfo.InvariantCulture)).Any(s_numberWords.Contains)
            || ChineseNumeral().IsMatch(text);
    }

    private static bool IsYear(string figure) => figure.Length == 4 && figure[0] is '1' or '2';

    // Digits standing alone (10, 2025, 3.5, 2025年), not inside a name (GPT-2, R1, o3, 3D).
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\d+(?:[.,]\d+)*(?!\p{N}|-?[\p{L}-[\u3400-\u9FFF]])")]
    private static partial Regex Figure();

    // Chinese numerals from two up, and 十 百 千 万 亿 (一 is mostly "a", not a count); not after 第, which makes
    // an ordinal (第四, "fourth"; 第十二).
    [GeneratedRegex("(?<!\u7B2C[\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF]*)[\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF]")]
    private static partial Regex ChineseNumeral();
}

/// <summary>What kind of number a question asks for.</summary>
public enum NumberAsked
{
    /// <summary>No number: what, why, how.</summary>
    None,

    /// <summary>How many, how much: a count, an amount or a share.</summary>
    Count,

    /// <summary>When, in what year.</summary>
    Date,
}
