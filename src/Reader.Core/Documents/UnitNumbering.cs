using System.Globalization;

namespace Reader.Core.Documents;

/// <summary>Gives the units of one document their ids, <c>{documentId}-{section}-{nn}</c> counted per section, and their ordinals.</summary>
public static class UnitNumbering
{
    /// <summary><paramref name="units"/> in reading order, renumbered; whatever ids and ordinals they had are replaced.</summary>
    public static IReadOnlyList<Unit> InSections(string documentId, IEnumerable<Unit> units)
    {
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Unit>();
        foreach (var unit in units)
        {
            var n = counters[unit.Section] = counters.GetValueOrDefault(unit.Section) + 1;
            result.Add(unit with { Id = string.Create(CultureInfo.InvariantCulture, $"{documentId}-{unit.Section}-{n:00}"), Ordinal = result.Count });
        }
        return result;
    }
}
