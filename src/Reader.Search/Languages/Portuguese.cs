using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Portuguese: light stemming (which folds accents), the Snowball stop list plus question words.</summary>
public sealed class Portuguese() : SearchLanguage("pt")
{
    public override Analyzer CreateAnalyzer() => new PortugueseAnalyzer(Version, StopSet);

    // U+00E3 ã, U+00F5 õ, U+00E7 ç, U+00E2 â, U+00EA ê, U+00F4 ô, U+00E0 à: letters Spanish does not use.
    protected override string DistinctiveLetters => "\u00E3\u00F5\u00E7\u00E2\u00EA\u00F4\u00E0";

    protected override IReadOnlyList<string> TypicalSpellings => ["nh", "lh", "\u00E3o", "\u00F5e", "am$"];

    protected override CharArraySet BuildStopSet() => SnowballStopSet(
        "portuguese_stop.txt", "onde", "quais", "porqu\u00EA", "quanto", "quantos", "sobre");
}
