using Reader.Council.Evidence;

namespace Reader.Council.Offline;

/// <summary>An offline council member: one way of reading the evidence to pick the passages that answer.</summary>
internal interface IEvidenceStrategy
{
    string Name { get; }

    /// <summary>Up to <paramref name="count"/> passages, best first, from distinct groups; none when it has nothing to go on.</summary>
    IReadOnlyList<EvidencePassage> Choose(QuestionContext context, int count);
}
