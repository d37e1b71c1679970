using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Dutch: Snowball stemming with Lucene's stem overrides, the Snowball stop list plus question words.</summary>
public sealed class Dutch() : SearchLanguage("nl")
{
    public override Analyzer CreateAnalyzer() => new DutchAnalyzer(Version, StopSet);

    protected override IReadOnlyList<string> TypicalSpellings => ["ij", "oe", "aa", "uu", "sch", "cht"];

    protected override CharArraySet BuildStopSet() => SnowballStopSet(
        "dutch_stop.txt", "waarom", "welke", "welk", "waar", "wanneer", "hoeveel", "wordt");
}
