using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Chinese: overlapping character bigrams (CJKAnalyzer), detected by script; question words are dropped from queries.</summary>
public sealed class Chinese() : SearchLanguage("zh")
{
    // Question and function words that carry no topic. They are replaced by a space rather than
    // deleted so that the characters on either side do not form a bigram the text never had.
    private static readonly string[] s_queryNoise =
    [
        "\u4E3A\u4EC0\u4E48", // 为什么 why
        "\u4EC0\u4E48",       // 什么 what
        "\u600E\u4E48\u6837", // 怎么样 how
        "\u600E\u4E48",       // 怎么 how
        "\u5982\u4F55",       // 如何 how
        "\u54EA\u4E9B",       // 哪些 which
        "\u54EA\u4E2A",       // 哪个 which
        "\u662F\u5426",       // 是否 whether
        "\u8BF7\u95EE",       // 请问 may I ask
        "\u5173\u4E8E",       // 关于 about
        "\u5417",             // 吗 (question particle)
        "\u5462",             // 呢 (question particle)
        "\u5427",             // 吧 (particle)
        "\u7684",             // 的 (possessive)
        "\u662F",             // 是 is
        "\u4E86",             // 了 (aspect)
        "\u8C01",             // 谁 who
    ];

    public override Analyzer CreateAnalyzer() => new CJKAnalyzer(Version, StopSet);

    public override string PrepareQuery(string query)
    {
        var builder = new StringBuilder(query);
        foreach (var noise in s_queryNoise)
        {
            builder.Replace(noise, " ");
        }
        return builder.ToString();
    }

    /// <summary>Han characters are decisive: each counts as much as a whole function word elsewhere.</summary>
    public override double Evidence(string text, IReadOnlyList<string> words, Func<string, int> sharedBy) =>
        text.Count(IsHan);

    /// <summary>True for CJK unified ideographs (basic block and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    // CJKAnalyzer's own default: English stop words, for the Latin terms inside Chinese text.
    protected override CharArraySet BuildStopSet() => CJKAnalyzer.DefaultStopSet;

    protected override IEnumerable<string> BuildDetectionWords() => [];
}
