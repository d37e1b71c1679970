using Reader.Core.Alignment.Features;

namespace Reader.Core.Alignment.Scoring;

/// <summary>
/// The keys of the units another unit is matched against (a pivot span, a group), kept in parts of about one
/// paragraph each: a word found in a part is judged against the chance of finding it in a text of that part's
/// size, so covering more paragraphs never makes the evidence already found weaker.
/// </summary>
internal sealed class KeyBag
{
    private readonly List<Part> _parts = [];

    public KeyBag(IEnumerable<IEnumerable<UnitProfile>> parts)
    {
        foreach (var members in parts)
        {
            var part = new Part();
            foreach (var member in members)
            {
                part.Add(member);
            }
            if (part.Size > 0)
            {
                _parts.Add(part);
            }
        }
    }

    public bool IsEmpty => _parts.Count == 0;

    /// <summary>Words in all parts together.</summary>
    public int TotalSize => _parts.Sum(p => p.Size);

    /// <summary>Sizes (word counts) of the parts that hold <paramref name="key"/>.</summary>
    public IEnumerable<int> PartsHolding(string key)
    {
        foreach (var part in _parts)
        {
            if (part.Keys.Contains(key))
            {
                yield return part.Size;
            }
        }
    }

    private sealed class Part
    {
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>Words in the part (one per word, however many glosses it has).</summary>
        public int Size { get; private set; }

        public void Add(UnitProfile member)
        {
            Size += member.Items.Count;
            foreach (var item in member.Items)
            {
                Keys.UnionWith(item.Keys);
            }
        }
    }
}
