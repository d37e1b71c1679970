using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>English: Porter stemming, the Snowball stop list (which also drops question words such as <c>what</c>, <c>how</c>).</summary>
public sealed class English() : SearchLanguage("en")
{
    public override Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version, StopSet);

    protected override IReadOnlyList<string> TypicalSpellings => ["th", "wh", "ing$"];

    protected override CharArraySet BuildStopSet() => SnowballStopSet("english_stop.txt", "whats", "hows", "whose");
}
