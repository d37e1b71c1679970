using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>An offline member's extractive answer: the passages it picked and the sentence it quotes from each.</summary>
internal sealed record Proposal(string Member, IReadOnlyList<ProposedSentence> Sentences, double Coverage)
{
    public IEnumerable<string> GroupIds => Sentences.Select(s => s.Passage.GroupId);

    /// <summary>The section of its lead passage: where the member thinks the answer is.</summary>
    public string Section => Sentences[0].Passage.Unit.Section;

    public string Text => AnswerText.Compose(Sentences);
}

/// <summary>A quoted sentence and the passage it comes from.</summary>
internal sealed record ProposedSentence(EvidencePassage Passage, string Sentence);

/// <summary>Writes extractive sentences as an answer, each followed by the unit id that backs it.</summary>
internal static class AnswerText
{
    public static string Compose(IEnumerable<ProposedSentence> sentences) =>
        string.Join(' ', sentences.Select(s => $"{s.Sentence} [{s.Passage.Unit.Id}]"));
}
