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
    private const char Hundred = '\u767E';
    private const char Thousand = '\u5343';
    private const char TenThousand = '\u4E07';
    private const char HundredMillion = '\u4EBF';

    /// <summary>
    /// The numeral words of <paramref name="number"/>, or null where it is no number: below 100 exactly, a larger one
    /// by its leading digit and magnitude (320 as 三百, 2023 as 二千, 45000 as 四万), which is what decides the measure
    /// word after it, and a decimal by its whole part (12.6 as 十二).
    /// </summary>
    public static string? Read(ReadOnlySpan<char> number)
    {
        var point = number.IndexOf('.');
        var whole = point < 0 ? number : number[..point];
        if (whole.IsEmpty || whole.ContainsAnyExceptInRange('0', '9')
            || (point >= 0 && (point == number.Length - 1 || number[(point + 1)..].ContainsAnyExceptInRange('0', '9'))))
        {
            return null;
        }
        var significant = whole.TrimStart('0');
        return significant.IsEmpty ? Digits[0].ToString() : Whole(significant);
    }

    // What a number counts or dates, in simplified forms (as the word models spell it): 年 月 日 号 时 点 分 秒 天 周 岁 代,
    // the common measure words (个 人 位 名 次 … 倍 成), units (米 克 斤 吨 升 度 亩 寸 尺 里), magnitudes (百 千 万 亿) and
    // the approximations 多 余 来.
    private const string Units =
        "\u5E74\u6708\u65E5\u53F7\u65F6\u70B9\u5206\u79D2\u5929\u5468\u5C81\u4EE3\u4E2A\u4EBA\u4F4D\u540D\u6B21\u56DE\u904D\u4EF6\u6761\u5F20\u672C\u90E8"
        + "\u53F0\u8F86\u5EA7\u5BB6\u95F4\u5C42\u697C\u9053\u9879\u4EFD\u79CD\u53EA\u5934\u5339\u53CC\u5BF9\u5957\u628A\u652F\u679D\u6839\u7247\u5757\u5143"
        + "\u89D2\u6BDB\u5C4A\u671F\u96C6\u7AE0\u8282\u9875\u53E5\u6BB5\u7BC7\u9996\u573A\u5C40\u8F6E\u6240\u680B\u6237\u53E3\u73ED\u6279\u7FA4\u7EC4\u7C7B"
        + "\u7EA7\u500D\u6210\u7C73\u514B\u65A4\u5428\u5347\u5EA6\u4EA9\u5BF8\u5C3A\u91CC\u767E\u5343\u4E07\u4EBF\u591A\u4F59\u6765";

    /// <summary>
    /// Whether <paramref name="c"/> (simplified) is a unit, measure word or magnitude a number written in digits may
    /// make one word with (12 月 as 十二月, 3 万 as 三万), unlike the words that merely start with a numeral (三星, 一定).
    /// </summary>
    public static bool IsUnit(char c) => Units.Contains(c);

    private static string Whole(ReadOnlySpan<char> digits) => digits.Length switch
    {
        <= 2 => BelowHundred(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)),
        3 => string.Concat(Digits[digits[0] - '0'], Hundred),
        4 => string.Concat(Digits[digits[0] - '0'], Thousand),
        <= 8 => Whole(digits[..^4]) + TenThousand,
        _ => Whole(digits[..^8].TrimStart('0')) + HundredMillion,
    };

    private static string BelowHundred(int value)
    {
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
