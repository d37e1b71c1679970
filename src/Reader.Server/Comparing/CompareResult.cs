using Reader.Core.Alignment;
using Reader.Core.Documents;

namespace Reader.Server.Comparing;

/// <summary>The JSON of <c>/api/compare/{unit}</c>: a unit and its alignment group, every version's units side by side.</summary>
public sealed record CompareResult(CompareUnit Unit, CompareGroup Group)
{
    /// <summary>The comparison of <paramref name="unit"/>; <paramref name="langs"/> keeps only those languages in the group (all when empty).</summary>
    public static CompareResult Of(Unit unit, Corpus corpus, AlignmentResult alignment, IReadOnlySet<string> langs)
    {
        var group = alignment.TryGetGroupOf(unit.Id, out var found)
            ? found
            : new AlignmentGroup(unit.Id, unit.Section, [unit.Id], 1, "not aligned");
        var units = group.UnitIds
            .Select(corpus.GetUnit)
            .Where(u => langs.Count == 0 || langs.Contains(u.Lang))
            .Select(CompareUnit.From)
            .ToList();
        return new CompareResult(CompareUnit.From(unit), new CompareGroup(group.Id, group.Section, group.Score, group.Explanation, units));
    }
}

/// <summary>An alignment group: units from any number of versions that say the same thing.</summary>
public sealed record CompareGroup(string Id, string Section, double Score, string Explanation, IReadOnlyList<CompareUnit> Units);

/// <summary>One unit with where it stands in its document.</summary>
public sealed record CompareUnit(string Id, string Doc, string Lang, string Section, int Ordinal, string? Heading, string Text)
{
    public static CompareUnit From(Unit unit) =>
        new(unit.Id, unit.DocumentId, unit.Lang, unit.Section, unit.Ordinal, unit.Heading, unit.Text);
}
