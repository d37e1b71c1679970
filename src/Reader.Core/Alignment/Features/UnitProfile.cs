using Reader.Core.Documents;

namespace Reader.Core.Alignment.Features;

/// <summary>A unit reduced to what the aligner compares: its evidence items, its keys and its place in its document.</summary>
internal sealed class UnitProfile
{
    public UnitProfile(Unit unit, IReadOnlyList<EvidenceItem> items, int tokens)
    {
        Unit = unit;
        Items = items;
        Tokens = tokens;
        KeyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // A bag counts a word once per occurrence under its first (most literal) key and under each gloss:
            // any of them may be what the other side wrote.
            foreach (var key in item.Keys)
            {
                KeyCounts[key] = KeyCounts.GetValueOrDefault(key) + 1;
            }
        }
    }

    public Unit Unit { get; }

    public IReadOnlyList<EvidenceItem> Items { get; }

    public Dictionary<string, int> KeyCounts { get; }

    /// <summary>Language-neutral length (o200k tokens).</summary>
    public int Tokens { get; }

    /// <summary>Midpoint of the unit in its document as a share of the document's tokens.</summary>
    public double Position { get; set; }

    /// <summary>Per item, the log-probability that a random corpus key misses it (cached by the scorer).</summary>
    public double[]? LogMisses { get; set; }

    /// <summary>Midpoint of the unit within its section in its document, as a share of the section's tokens.</summary>
    public double SectionPosition { get; set; }
}
