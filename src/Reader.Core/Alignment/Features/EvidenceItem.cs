namespace Reader.Core.Alignment.Features;

/// <summary>What kind of clue a word gives across languages; anchors (numbers, names, Latin terms in Chinese) survive translation best.</summary>
internal enum EvidenceKind
{
    Word,
    Anchor,
}

/// <summary>One word of a unit with the keys it may show up as in another version (its English glosses, cognates, itself).</summary>
/// <param name="Surface">The word as written, for explanations.</param>
/// <param name="Keys">Alternatives in the shared key space: <c>e:</c> Latin stems, <c>n:</c> numbers, <c>z:</c> Chinese words.</param>
internal sealed record EvidenceItem(string Surface, string[] Keys, EvidenceKind Kind);
