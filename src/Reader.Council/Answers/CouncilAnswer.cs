namespace Reader.Council.Answers;

/// <summary>The council's reply to one question: the answer, its validated citations and how it was reached.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Lang">The question's language, which the answer is written in.</param>
/// <param name="Answerable">False when the evidence does not back an answer; <paramref name="Answer"/> then says so.</param>
/// <param name="Answer">The answer text, with <c>[unit-id]</c> markers after the claims they back.</param>
/// <param name="Citations">The units cited, each one checked to be in the evidence.</param>
/// <param name="Stages">Each member's answer and the peer rankings.</param>
public sealed record CouncilAnswer(
    string Question,
    string Lang,
    bool Answerable,
    string Answer,
    IReadOnlyList<Citation> Citations,
    CouncilStages Stages);

/// <summary>A cited unit and the text quoted from it.</summary>
public sealed record Citation(string Unit, string Lang, string Section, string Quote);

/// <summary>What happened in each stage, for <c>--show-stages</c> and the JSON <c>stages</c> object.</summary>
/// <param name="Mode"><c>offline</c> or <c>models</c>.</param>
/// <param name="Members">Stage 2: every member's answer, failed ones included.</param>
/// <param name="Rankings">Stage 3: each reviewer's ranking of the other members, names restored.</param>
/// <param name="Aggregate">Rankings combined, best first.</param>
/// <param name="Chair">Stage 4: who synthesised the answer and whether it had to fall back.</param>
/// <param name="EvidenceUnits">The unit ids that were in the context, in order.</param>
public sealed record CouncilStages(
    string Mode,
    IReadOnlyList<MemberAnswer> Members,
    IReadOnlyList<MemberRanking> Rankings,
    IReadOnlyList<AggregateRank> Aggregate,
    ChairOutcome Chair,
    IReadOnlyList<string> EvidenceUnits);

/// <summary>One member's stage-2 answer.</summary>
/// <param name="Member">The member's name (model or evidence strategy).</param>
/// <param name="Label">The anonymous label its answer carried in review (<c>Response A</c>, …).</param>
/// <param name="Ok">False when the member failed or timed out and was dropped.</param>
/// <param name="Answer">Its answer text (empty when it failed).</param>
/// <param name="Citations">The unit ids it cited that are in the evidence; invalid ones are dropped.</param>
/// <param name="DroppedCitations">The ids it cited that were not in the evidence.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record MemberAnswer(
    string Member,
    string Label,
    bool Ok,
    string Answer,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> DroppedCitations,
    string? Error = null);

/// <summary>One reviewer's ranking of the others' answers, best first, by member name.</summary>
public sealed record MemberRanking(string Reviewer, IReadOnlyList<string> Ranking);

/// <summary>A member's place after all rankings are combined: lower average rank is better.</summary>
public sealed record AggregateRank(string Member, double AverageRank, int Votes);

/// <summary>Who wrote the final answer: the chair, or the best-ranked member when the chair failed.</summary>
public sealed record ChairOutcome(string Chair, bool Ok, string? FallbackMember = null, string? Error = null);
