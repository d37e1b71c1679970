using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Spanish: light stemming (which folds accents), the Snowball stop list plus accented question words.</summary>
public sealed class Spanish() : SearchLanguage("es")
{
    public override Analyzer CreateAnalyzer() => new SpanishAnalyzer(Version, StopSet);

    // U+00F1 ñ, U+00BF ¿, U+00A1 ¡: letters and marks Portuguese does not use.
    protected override string DistinctiveLetters => "\u00F1\u00BF\u00A1";

    protected override IReadOnlyList<string> TypicalSpellings => ["ll", "ci\u00F3n", "ciones"];

    protected override CharArraySet BuildStopSet() => SnowballStopSet(
        "spanish_stop.txt",
        "c\u00F3mo", "cu\u00E1l", "cu\u00E1les", "d\u00F3nde", "qui\u00E9n", "qui\u00E9nes", "cu\u00E1ndo", "cu\u00E1nto", "cu\u00E1ntos");
}
