using Reader.Council.Text;

namespace Reader.Council.Offline;

/// <summary>
/// Offline synthesis: takes the section of the best-ranked proposal that answers the question, gathers
/// the passages the answering proposals picked in that section (best-ranked first), and quotes them in
/// the question's language where a version exists, preferring passages that have one. Returns nothing
/// when no proposal answers the question (one that asks how many or when needs a passage with a number),
/// or the question names something no unit mentions: the council declines.
/// </summary>
internal static class OfflineChair
{
    public const string Name = "chair";

    private const int MaxSentences = 2;

    public static IReadOnlyList<ProposedSentence> Compose(QuestionContext context, IReadOnlyList<Proposal> ranked, double minAnswerability)
    {
        if (context.UnknownNames.Count > 0)
        {
            return [];
        }
        var asked = NumberQuestions.Asks(context.Evidence.Question, context.Lang);
        var eligible = ranked
            .Where(p => p.GroupIds.Max(context.Answerability) >= minAnswerability)
            .Where(p => p.Sentences.Any(s => NumberQuestions.Answers(s.Passage.Unit.Text, asked)))
            .ToList();
        if (eligible.Count == 0)
        {
            return [];
        }
        var section = eligible[0].Section;
        var candidates = eligible
            .Where(p => p.Section == section)
            .SelectMany(p => p.Sentences)
            .Select(s => context.Representative(s.Passage.GroupId))
            .Where(p => p.Unit.Section == section)
            // What is cited must hold the number asked for, not merely another version of its passage.
            .Where(p => NumberQuestions.Answers(p.Unit.Text, asked))
            .DistinctBy(p => p.Unit.Id)
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }
        var inQuestionLang = candidates.Where(p => p.Unit.Lang == context.Lang).ToList();
        var chosen = (inQuestionLang.Count > 0 ? inQuestionLang : candidates).Take(MaxSentences);

        var sentences = new List<ProposedSentence>();
        foreach (var passage in chosen)
        {
            var sentence = context.BestSentence(passage.Unit);
            if (sentences.All(s => s.Sentence != sentence))
            {
                sentences.Add(new ProposedSentence(passage, sentence));
            }
        }
        return sentences;
    }
}
