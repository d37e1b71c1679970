using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>
/// Offline synthesis: takes the best-ranked proposal that covers the question, re-quotes its passages
/// in the question's language where a version exists, and adds the runner-up's lead passage when it is
/// in the same section. Returns nothing when no proposal covers the question: the council declines.
/// </summary>
internal static class OfflineChair
{
    public const string Name = "chair";

    private const int MaxSentences = 3;

    public static IReadOnlyList<ProposedSentence> Compose(QuestionContext context, IReadOnlyList<Proposal> ranked, double minCoverage)
    {
        var eligible = ranked.Where(p => p.Coverage >= minCoverage).ToList();
        if (eligible.Count == 0)
        {
            return [];
        }
        var groups = eligible[0].GroupIds.ToList();
        var runnerUp = eligible.Skip(1).FirstOrDefault(p => p.Section == eligible[0].Section);
        if (runnerUp is not null)
        {
            groups.Add(runnerUp.GroupIds.First());
        }

        var sentences = new List<ProposedSentence>();
        foreach (var group in groups.Distinct(StringComparer.Ordinal).Where(g => context.Coverage(g) > 0 || g == groups[0]))
        {
            var passage = context.Representative(group);
            var sentence = context.BestSentence(passage.Unit);
            if (sentences.All(s => s.Sentence != sentence))
            {
                sentences.Add(new ProposedSentence(passage, sentence));
            }
            if (sentences.Count == MaxSentences)
            {
                break;
            }
        }
        return sentences;
    }
}
