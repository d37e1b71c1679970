using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Dutch: Snowball stemming with Lucene's stem overrides, the Snowball stop list plus question words.</summary>
public sealed class Dutch() : SearchLanguage("nl")
{
    public override Analyzer CreateAnalyzer() => new DutchAnalyzer(Version, StopSet);

    public override double Evidence(string text, IReadOnlyList<string> words, Func<string, int> sharedBy)
    {
        // The digraph "ij" is rare outside Dutch among these languages.
        var digraphs = words.Sum(w => CountOf(w, "ij"));
        return base.Evidence(text, words, sharedBy) + 0.5 * digraphs;
    }

    protected override CharArraySet BuildStopSet() => SnowballStopSet(
        "dutch_stop.txt", "waarom", "welke", "welk", "waar", "wanneer", "hoeveel", "wordt");

    private static int CountOf(string word, string part)
    {
        var count = 0;
        for (var i = word.IndexOf(part, StringComparison.Ordinal); i >= 0; i = word.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
