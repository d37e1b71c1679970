using Reader.Core.Documents;

namespace Reader.Search.Grouping;

/// <summary>A partition of a corpus's units into groups that say the same thing; with no alignment each unit is a group of its own.</summary>
public sealed class UnitGroups
{
    private readonly Dictionary<string, string> _groupOfUnit;
    private readonly Dictionary<string, IReadOnlyList<string>> _members;

    private UnitGroups(Dictionary<string, string> groupOfUnit, Dictionary<string, IReadOnlyList<string>> members)
    {
        _groupOfUnit = groupOfUnit;
        _members = members;
    }

    /// <summary>Every unit alone in a group whose id is the unit's id.</summary>
    public static UnitGroups Singletons(Corpus corpus) => FromPartition(corpus, []);

    /// <summary>
    /// Groups from an alignment's partition. A unit the partition leaves out becomes a group of its own,
    /// an id the corpus does not know is ignored, and a unit listed twice stays in its first group,
    /// so search always works on a true partition of the corpus it indexed.
    /// </summary>
    public static UnitGroups FromPartition(Corpus corpus, IEnumerable<(string GroupId, IEnumerable<string> UnitIds)> groups)
    {
        var groupOfUnit = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (groupId, unitIds) in groups)
        {
            foreach (var unitId in unitIds)
            {
                if (corpus.TryGetUnit(unitId, out _) && groupOfUnit.TryAdd(unitId, groupId))
                {
                    Add(members, groupId, unitId);
                }
            }
        }
        foreach (var unit in corpus.Units)
        {
            if (groupOfUnit.TryAdd(unit.Id, unit.Id))
            {
                Add(members, unit.Id, unit.Id);
            }
        }
        return new UnitGroups(
            groupOfUnit,
            members.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>How many groups there are.</summary>
    public int Count => _members.Count;

    /// <summary>The id of the group <paramref name="unitId"/> belongs to.</summary>
    public string GroupOf(string unitId) => _groupOfUnit.TryGetValue(unitId, out var group)
        ? group
        : throw new KeyNotFoundException($"No unit '{unitId}' in the grouped corpus.");

    /// <summary>The unit ids of group <paramref name="groupId"/>, in the order the partition listed them.</summary>
    public IReadOnlyList<string> Members(string groupId) => _members.TryGetValue(groupId, out var units)
        ? units
        : throw new KeyNotFoundException($"No group '{groupId}'.");

    private static void Add(Dictionary<string, List<string>> members, string groupId, string unitId)
    {
        if (!members.TryGetValue(groupId, out var list))
        {
            members[groupId] = list = [];
        }
        list.Add(unitId);
    }
}
