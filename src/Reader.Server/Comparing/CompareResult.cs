using Reader.Core.Alignment;
using Reader.Core.Documents;

namespace Reader.Server.Comparing;

/// <summary>The JSON of <c>/api/compare/{unit}</c>, as <c>reader compare UNIT --json</c>: the unit, its alignment group, and every version's share of the group.</summary>
public sealed record CompareResult(CompareUnit Unit, CompareGroup Group, IReadOnlyList<CompareVersion> Versions)
{
    /// <summary>The comparison of <paramref name="unit"/>; <paramref name="langs"/> keeps only those languages' versions (all when empty).</summary>
    public static CompareResult Of(Unit unit, Corpus corpus, AlignmentResult alignment, IReadOnlySet<string> langs)
    {
        var group = alignment.TryGetGroupOf(unit.Id, out var found)
            ? found
            : new AlignmentGroup(unit.Id, unit.Section, [unit.Id], 1, "not aligned");
        var members = group.UnitIds.Select(corpus.GetUnit).ToList();
        var versions = corpus.Documents
            .Where(d => langs.Count == 0 || langs.Contains(d.Lang))
            .Select(d => new CompareVersion(d.Id, d.Lang, d.Kind, members.Where(u => u.DocumentId == d.Id).Select(CompareUnit.From).ToList()))
            .ToList();
        return new CompareResult(CompareUnit.From(unit), new CompareGroup(group.Id, group.Section, group.Score, group.Explanation), versions);
    }
}

/// <summary>The group a compared unit belongs to.</summary>
public sealed record CompareGroup(string Id, string Section, double Score, string Explanation);

/// <summary>One version's units in the group (empty when that version has no counterpart).</summary>
public sealed record CompareVersion(string Document, string Lang, string Kind, IReadOnlyList<CompareUnit> Units);

/// <summary>A unit as shown side by side.</summary>
public sealed record CompareUnit(string Id, string Document, string Lang, string Section, string Text)
{
    public static CompareUnit From(Unit unit) => new(unit.Id, unit.DocumentId, unit.Lang, unit.Section, unit.Text);
}
