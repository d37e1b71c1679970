using Reader.Core.Documents;

namespace Reader.Council.Evidence;

/// <summary>Which units are versions of the same passage (alignment groups), looked up both ways.</summary>
public sealed class UnitGroups
{
    private readonly Dictionary<string, string> _groupOfUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Unit>> _unitsOfGroup = new(StringComparer.Ordinal);

    /// <param name="corpus">The units the groups refer to; unknown unit ids are ignored.</param>
    /// <param name="groups">Group id → unit ids; a unit in no group forms a group of its own, named by its id.</param>
    public UnitGroups(Corpus corpus, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> groups)
    {
        foreach (var (groupId, unitIds) in groups)
        {
            var units = new List<Unit>();
            foreach (var unitId in unitIds)
            {
                if (corpus.TryGetUnit(unitId, out var unit) && _groupOfUnit.TryAdd(unitId, groupId))
                {
                    units.Add(unit);
                }
            }
            if (units.Count > 0)
            {
                _unitsOfGroup[groupId] = units;
            }
        }
        foreach (var unit in corpus.Units)
        {
            if (_groupOfUnit.TryAdd(unit.Id, unit.Id))
            {
                _unitsOfGroup[unit.Id] = [unit];
            }
        }
    }

    /// <summary>Every unit on its own: what the council uses before alignment is available.</summary>
    public static UnitGroups Singletons(Corpus corpus) => new(corpus, []);

    public string GroupOf(string unitId) => _groupOfUnit.TryGetValue(unitId, out var group) ? group : unitId;

    /// <summary>The versions of a passage, in corpus order.</summary>
    public IReadOnlyList<Unit> UnitsOf(string groupId) => _unitsOfGroup.TryGetValue(groupId, out var units) ? units : [];
}
