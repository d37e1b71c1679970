namespace Reader.Core.Alignment;

/// <summary>Units from any number of versions that say the same thing; a passage found in one version only is a group of its own.</summary>
/// <param name="Id">Stable group id (e.g. <c>g-shift-1-03</c>).</param>
/// <param name="Section">The section most of its units belong to.</param>
/// <param name="UnitIds">Member units, in document order then reading order.</param>
/// <param name="Score">Confidence in [0, 1] that the members say the same thing (1 for single-unit groups).</param>
/// <param name="Explanation">Why the members were grouped: the evidence behind <paramref name="Score"/>.</param>
public sealed record AlignmentGroup(string Id, string Section, IReadOnlyList<string> UnitIds, double Score, string Explanation);
