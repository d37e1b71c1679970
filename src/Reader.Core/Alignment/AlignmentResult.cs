namespace Reader.Core.Alignment;

/// <summary>A partition of every unit of a corpus into alignment groups, with lookup by unit.</summary>
public sealed class AlignmentResult
{
    private readonly Dictionary<string, AlignmentGroup> _byUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlignmentGroup> _byId = new(StringComparer.Ordinal);

    public AlignmentResult(IReadOnlyList<AlignmentGroup> groups)
    {
        Groups = groups;
        foreach (var group in groups)
        {
            _byId.Add(group.Id, group);
            foreach (var unitId in group.UnitIds)
            {
                if (!_byUnit.TryAdd(unitId, group))
                {
                    throw new InvalidOperationException($"Unit '{unitId}' is in two groups: '{_byUnit[unitId].Id}' and '{group.Id}'.");
                }
            }
        }
    }

    /// <summary>Groups in reading order of the pivot document.</summary>
    public IReadOnlyList<AlignmentGroup> Groups { get; }

    /// <summary>The group holding <paramref name="unitId"/>.</summary>
    public AlignmentGroup GroupOf(string unitId) => _byUnit.TryGetValue(unitId, out var g)
        ? g
        : throw new KeyNotFoundException($"Unit '{unitId}' is in no group.");

    public bool TryGetGroupOf(string unitId, out AlignmentGroup group) => _byUnit.TryGetValue(unitId, out group!);

    public bool TryGetGroup(string groupId, out AlignmentGroup group) => _byId.TryGetValue(groupId, out group!);
}
