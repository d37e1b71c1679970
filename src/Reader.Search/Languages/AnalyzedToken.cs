using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Reader.Search.Languages;

/// <summary>One term an analyzer produced, with where it came from in the text.</summary>
/// <param name="Term">The indexed form (lower-cased, stemmed, or a Chinese bigram).</param>
/// <param name="Start">UTF-16 offset of the first character of its source text.</param>
/// <param name="End">UTF-16 offset just past its source text.</param>
/// <param name="Position">Token position (stop words leave gaps), for phrases.</param>
public sealed record AnalyzedToken(string Term, int Start, int End, int Position)
{
    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as field <paramref name="field"/>.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }
}
