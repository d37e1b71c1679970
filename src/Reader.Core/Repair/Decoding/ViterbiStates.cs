namespace Reader.Core.Repair.Decoding;

/// <summary>
/// The states a word search over a line reached at each position (keyed by the last two words), of which only the best
/// go on. Dictionaries come from, and go back to, a pool the searches of a document share: growing fresh ones for every
/// position of every line (thousands of states where characters lost two bytes) was most of what damaged CJK text
/// allocated. What the trace back keeps is copied out of them, so the pool holds only a few at a time.
/// </summary>
internal sealed class ViterbiStates<T>(int positions, ViterbiStates<T>.Pool pool)
{
    private readonly Dictionary<long, T>?[] _states = new Dictionary<long, T>?[positions];

    /// <summary>How many positions the search has (the line's slots and its end).</summary>
    public int Length => _states.Length;

    /// <summary>The states at position <paramref name="i"/>, or null where the search reached none.</summary>
    public Dictionary<long, T>? this[int i] => _states[i];

    /// <summary>The states at position <paramref name="i"/>, begun where there are none yet.</summary>
    public Dictionary<long, T> At(int i) => _states[i] ??= pool.Rent();

    /// <summary>
    /// The states at position <paramref name="i"/> the search goes on from: the best <paramref name="max"/> (by
    /// <paramref name="score"/>, the first reached among equals). Only these are kept, as the path is traced back through
    /// them alone: a long line would otherwise hold every state it reached.
    /// </summary>
    public Dictionary<long, T> Live(int i, int max, Func<T, double> score)
    {
        var current = _states[i]!;
        if (current.Count > max)
        {
            _states[i] = new Dictionary<long, T>(pool.Best(current, max, score));
            pool.Return(current);
        }
        else if (current.EnsureCapacity(0) > 2 * max)
        {
            // A pooled dictionary that once held thousands stays with the position for the trace back: a small copy
            // does instead, or a line of thousands of slots would hold thousands of large ones.
            _states[i] = new Dictionary<long, T>(current);
            pool.Return(current);
        }
        return _states[i]!;
    }

    /// <summary>Lets go of the states at position <paramref name="i"/>, for a search that never traces back through them.</summary>
    public void Release(int i)
    {
        if (_states[i] is { } states)
        {
            _states[i] = null;
            pool.Return(states);
        }
    }

    /// <summary>Lets go of every position's states once the search is done.</summary>
    public void ReleaseAll()
    {
        for (var i = 0; i < _states.Length; i++)
        {
            Release(i);
        }
    }

    /// <summary>Dictionaries of states and the buffers that rank them, reused by one document's searches (one at a time).</summary>
    internal sealed class Pool
    {
        // Enough for the positions ahead that words reach while the search stands at one; more are let go.
        private const int MaxKept = 8;

        // The most states a kept dictionary (or ranking buffer) may have room for: a position of a long line where
        // characters lost two bytes reaches hundreds of thousands, and holding on to those would outweigh the rest.
        private const int MaxCapacity = 1 << 16;

        private readonly Stack<Dictionary<long, T>> _spare = [];
        private KeyValuePair<long, T>[] _entries = [];
        // Each state's score, negated: sorted ascending, the best come first.
        private double[] _keys = [];
        private int[] _order = [];
        private KeyValuePair<long, T>[] _best = [];

        /// <summary>An empty dictionary of states.</summary>
        public Dictionary<long, T> Rent() => _spare.Count > 0 ? _spare.Pop() : [];

        /// <summary>Takes back a dictionary the search is done with.</summary>
        public void Return(Dictionary<long, T> states)
        {
            if (_spare.Count < MaxKept && states.EnsureCapacity(0) <= MaxCapacity)
            {
                states.Clear();
                _spare.Push(states);
            }
        }

        /// <summary>
        /// The best <paramref name="max"/> of <paramref name="states"/>, the highest score first and equal scores in the
        /// order they were reached (as a stable sort leaves them); valid until the next call.
        /// </summary>
        public ArraySegment<KeyValuePair<long, T>> Best(Dictionary<long, T> states, int max, Func<T, double> score)
        {
            var count = states.Count;
            if (_entries.Length < count)
            {
                var size = count > MaxCapacity ? count : Math.Min(MaxCapacity, count * 2);
                _entries = new KeyValuePair<long, T>[size];
                _keys = new double[size];
                _order = new int[size];
            }
            var n = 0;
            foreach (var entry in states)
            {
                _entries[n] = entry;
                _keys[n] = -score(entry.Value);
                _order[n] = n;
                n++;
            }
            Array.Sort(_keys, _order, 0, count);
            var kept = Math.Min(max, count);
            // The sort is not stable: a run of equal scores is put back in the order its states were reached.
            for (var from = 0; from < kept;)
            {
                var to = from + 1;
                while (to < count && _keys[to] == _keys[from])
                {
                    to++;
                }
                Array.Sort(_order, from, to - from);
                from = to;
            }
            if (_best.Length < kept)
            {
                _best = new KeyValuePair<long, T>[kept];
            }
            for (var k = 0; k < kept; k++)
            {
                _best[k] = _entries[_order[k]];
            }
            if (_entries.Length > MaxCapacity)
            {
                // Let go of buffers a rare position made large.
                (_entries, _keys, _order) = ([], [], []);
            }
            return new ArraySegment<KeyValuePair<long, T>>(_best, 0, kept);
        }
    }
}
