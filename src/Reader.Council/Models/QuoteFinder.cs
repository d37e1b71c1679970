using Reader.Council.Text;
using Reader.Core.Documents;

namespace Reader.Council.Models;

/// <summary>Picks the sentence of a cited unit that best matches the answer text that cites it.</summary>
internal static class QuoteFinder
{
    public static string Best(Unit unit, string answer)
    {
        var sentences = Sentences.Split(unit.Text, unit.Lang);
        if (sentences.Count == 0)
        {
            return unit.Text;
        }
        var answerTerms = TermAnalyzer.Analyze(answer, unit.Lang).ToHashSet(StringComparer.Ordinal);
        return sentences
            .Select((s, i) => (Sentence: s, Index: i, Score: TermAnalyzer.Analyze(s, unit.Lang).Distinct().Count(answerTerms.Contains)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .First().Sentence;
    }
}
