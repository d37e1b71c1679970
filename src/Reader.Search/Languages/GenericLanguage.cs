using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Reader.Search.Languages;

/// <summary>Any language Reader has no profile for: Unicode word splitting and lower-casing only, never detected.</summary>
public sealed class GenericLanguage(string code) : SearchLanguage(code)
{
    public override Analyzer CreateAnalyzer() => new StandardAnalyzer(Version, StopSet);

    public override double Evidence(string text, IReadOnlyList<string> words, Func<string, int> sharedBy) => 0;

    protected override CharArraySet BuildStopSet() => CharArraySet.Empty;
}
