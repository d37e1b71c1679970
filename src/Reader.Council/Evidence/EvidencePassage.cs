using Reader.Core.Documents;

namespace Reader.Council.Evidence;

/// <summary>One numbered passage of the context: a unit, its alignment group and why it is there.</summary>
/// <param name="Unit">The unit quoted; its id is the passage's number.</param>
/// <param name="GroupId">The alignment group the unit belongs to.</param>
/// <param name="Score">The retriever's score for this unit, 0 when it came in as another version of a hit.</param>
/// <param name="GroupScore">The best retriever score in the unit's group.</param>
/// <param name="Tokens">Its size in o200k tokens, as formatted for a prompt.</param>
public sealed record EvidencePassage(Unit Unit, string GroupId, double Score, double GroupScore, int Tokens)
{
    /// <summary>The passage as models see it: the unit id in brackets, then its language, section and text.</summary>
    public string Format() => Format(Unit);

    public static string Format(Unit unit) => $"[{unit.Id}] ({unit.Lang}, {unit.Section}) {PromptText.Neutralise(unit.Text)}";
}
