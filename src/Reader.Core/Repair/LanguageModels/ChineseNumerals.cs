namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// How a number written in ASCII digits reads in Chinese words (28 as 二十八): the word model learnt numbers as such
/// words, so a digit run read this way is the context a measure word or a date needs (28<b>日</b>, 45<b>分钟</b>).
/// </summary>
internal static class ChineseNumerals
{
    // 〇 一 二 三 四 五 六 七 八 九
    private const string Digits = "\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
    private const char Ten = '\u5341';

    /// <summary>The numeral words of <paramref name="digits"/> when it is a number below 100; otherwise null.</summary>
    public static string? Read(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 2 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            return null;
        }
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var (tens, ones) = (value / 10, value % 10);
        return (tens, ones) switch
        {
            (0, _) => Digits[ones].ToString(),
            (1, 0) => Ten.ToString(),
            (1, _) => string.Concat(Ten, Digits[ones]),
            (_, 0) => string.Concat(Digits[tens], Ten),
            _ => string.Concat(Digits[tens], Ten, Digits[ones]),
        };
    }
}
