using Reader.Core.Documents;

namespace Reader.Site.Model;

/// <summary>Lookups the pages share: a unit's group, a group's units in version order, a section's groups in reading order.</summary>
public sealed class SiteLookup
{
    private readonly Dictionary<string, SiteGroup> _groupOfUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentRank = new(StringComparer.Ordinal);

    public SiteLookup(SiteModel model)
    {
        Model = model;
        var documents = model.Corpus.Documents;
        var reference = documents.FirstOrDefault(d => d.Kind == "original") ?? documents.FirstOrDefault();
        _documentRank[reference?.Id ?? ""] = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            _documentRank.TryAdd(documents[i].Id, i + 1);
        }

        foreach (var group in model.Groups)
        {
            foreach (var unitId in group.UnitIds)
            {
                if (!_groupOfUnit.TryAdd(unitId, group))
                {
                    throw new InvalidOperationException($"Unit '{unitId}' is in two groups ('{_groupOfUnit[unitId].Id}', '{group.Id}').");
                }
            }
        }
        var missing = model.Corpus.Units.FirstOrDefault(u => !_groupOfUnit.ContainsKey(u.Id));
        if (missing is not null)
        {
            throw new InvalidOperationException($"Unit '{missing.Id}' belongs to no group: groups must partition the corpus.");
        }

        Groups = model.Groups.OrderBy(ReadingKey).ToList();
        Documents = documents.OrderBy(d => _documentRank[d.Id]).ToList();
        Languages = Documents.Select(d => d.Lang).Distinct(StringComparer.Ordinal).ToList();
    }

    public SiteModel Model { get; }

    public Corpus Corpus => Model.Corpus;

    /// <summary>All groups in reading order: the original's order first, then groups the original lacks.</summary>
    public IReadOnlyList<SiteGroup> Groups { get; }

    /// <summary>The documents, the original first, then manifest order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The languages of the corpus in the order of <see cref="Documents"/>.</summary>
    public IReadOnlyList<string> Languages { get; }

    public SiteGroup GroupOf(string unitId) => _groupOfUnit[unitId];

    /// <summary>The group's units ordered by document rank (original first), then reading order.</summary>
    public IReadOnlyList<Unit> UnitsOf(SiteGroup group) => group.UnitIds
        .Select(Corpus.GetUnit)
        .OrderBy(u => _documentRank.GetValueOrDefault(u.DocumentId, int.MaxValue))
        .ThenBy(u => u.Ordinal)
        .ToList();

    public IEnumerable<SiteGroup> GroupsIn(string section) => Groups.Where(g => g.Section == section);

    /// <summary>The shift sections (<c>shift-1</c> …) in outline order.</summary>
    public IReadOnlyList<SectionInfo> Shifts => Corpus.Sections.Where(s => s.Id.StartsWith("shift-", StringComparison.Ordinal)).ToList();

    private (int Rank, int Ordinal) ReadingKey(SiteGroup group) => group.UnitIds
        .Select(Corpus.GetUnit)
        .Select(u => (Rank: _documentRank.GetValueOrDefault(u.DocumentId, int.MaxValue), u.Ordinal))
        .Min();
}
