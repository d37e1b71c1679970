using Reader.Core.Alignment.Features;

namespace Reader.Core.Alignment.Scoring;

/// <summary>
/// The keys of the units another unit is matched against (a pivot span, a group), kept in parts of about one
/// paragraph each: a word found in a part is judged against the chance of finding it in a text of that part's
/// size, so covering more paragraphs never makes the evidence already found weaker.
/// </summary>
internal sealed class KeyBag
{
    private readonly List<HashSet<int>> _keys = [];
    private readonly List<int> _sizes = [];

    public KeyBag(IEnumerable<IEnumerable<UnitProfile>> parts)
    {
        foreach (var members in parts)
        {
            var keys = new HashSet<int>();
            var size = 0;
            foreach (var member in members)
            {
                // One count per word, however many glosses it has: glosses must not inflate chance matches.
                size += member.Items.Count;
                foreach (var ids in member.ItemKeyIds)
                {
                    keys.UnionWith(ids);
                }
            }
            if (size > 0)
            {
                _keys.Add(keys);
                _sizes.Add(size);
            }
        }
        TotalSize = _sizes.Sum();
    }

    public bool IsEmpty => _keys.Count == 0;

    /// <summary>Words in all parts together.</summary>
    public int TotalSize { get; }

    /// <summary>Size of the smallest part holding any of <paramref name="ids"/>, or <see cref="int.MaxValue"/>.</summary>
    public int SmallestPartHolding(int[] ids)
    {
        var smallest = int.MaxValue;
        for (var p = 0; p < _keys.Count; p++)
        {
            if (_sizes[p] >= smallest)
            {
                continue;
            }
            foreach (var id in ids)
            {
                if (_keys[p].Contains(id))
                {
                    smallest = _sizes[p];
                    break;
                }
            }
        }
        return smallest;
    }
}
