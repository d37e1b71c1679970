using Reader.Core.Documents;

namespace Reader.Core.Alignment.Features;

/// <summary>
/// A unit, or one sentence of it, reduced to what the aligner compares: its evidence items, its keys and its place
/// in its document.
/// </summary>
internal sealed class UnitProfile
{
    public UnitProfile(Unit unit, IReadOnlyList<EvidenceItem> items, int tokens)
    {
        Unit = unit;
        Parent = unit;
        Items = items;
        Tokens = tokens;
    }

    /// <summary>The text compared: a whole unit, or one sentence of <see cref="Parent"/>.</summary>
    public Unit Unit { get; }

    /// <summary>The unit of the corpus this profile speaks for (itself unless it is a sentence).</summary>
    public Unit Parent { get; init; }

    /// <summary>Where <see cref="Unit"/> stands in the text of <see cref="Parent"/>.</summary>
    public Range Range { get; init; } = Range.All;

    public IReadOnlyList<EvidenceItem> Items { get; }

    /// <summary>Per item, the numbers of its keys (set by <see cref="Scoring.KeyStatistics"/>).</summary>
    public int[][] ItemKeyIds { get; set; } = [];

    /// <summary>Language-neutral length (o200k tokens).</summary>
    public int Tokens { get; }

    /// <summary>Midpoint of the unit in its document as a share of the document's tokens.</summary>
    public double Position { get; set; }

    /// <summary>Per item, the log-probability that a random corpus key misses it (cached by the scorer).</summary>
    public double[]? LogMisses { get; set; }
}
