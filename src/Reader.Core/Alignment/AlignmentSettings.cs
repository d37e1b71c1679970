namespace Reader.Core.Alignment;

/// <summary>The aligner's knobs, in nats of evidence (log-likelihood ratios) unless stated otherwise.</summary>
public sealed record AlignmentSettings
{
    /// <summary>The section id of passages that belong to no section of the original (prefaces, notes, additions).</summary>
    public const string OtherSection = "other";

    /// <summary>Longest run of pivot units one unit may be aligned to (a chunk covering several paragraphs).</summary>
    public int MaxSpan { get; init; } = 4;

    /// <summary>
    /// Share of a unit's evidence each extra pivot unit of a span must add: spans merge pivot paragraphs into one
    /// group, so they need the unit to straddle them clearly.
    /// </summary>
    public double SpanShare { get; init; } = 0.20;

    /// <summary>Score of leaving a unit of an ordered version without counterpart.</summary>
    public double SkipScore { get; init; } = -1.5;

    /// <summary>Cost of each pivot unit an ordered version jumps over.</summary>
    public double GapCost { get; init; } = 0.3;

    /// <summary>Cost of aligning units whose section labels differ (labels are soft constraints).</summary>
    public double SectionMismatchCost { get; init; } = 20.0;

    /// <summary>Spread of the relative-position prior, as a share of the document.</summary>
    public double PositionSigma { get; init; } = 0.15;

    /// <summary>Evidence a summary or adaptation unit needs to join a group rather than stand alone.</summary>
    public double JoinThreshold { get; init; } = 4.0;
}
