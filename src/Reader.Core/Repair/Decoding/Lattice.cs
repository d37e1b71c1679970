using Reader.Core.Repair.Encodings;

namespace Reader.Core.Repair.Decoding;

/// <summary>One line prepared for decoding: a slot per output character with its candidates, and where each came from.</summary>
internal sealed class Lattice
{
    private readonly List<int[]> _slots = [];
    private readonly List<SlotInfo> _info = [];
    private readonly List<string> _spans = [];

    public IReadOnlyList<int[]> Slots => _slots;

    public IReadOnlyList<SlotInfo> Info => _info;

    /// <summary>Characters re-decoded from runs that are strong evidence (not only lone lead bytes).</summary>
    public int StrongCharacters { get; private set; }

    /// <summary>Adds text kept as it is (<paramref name="original"/> is written back verbatim).</summary>
    public void AddCertain(int codePoint, string original)
    {
        _slots.Add([codePoint]);
        _info.Add(new SlotInfo(original, null, 0, -1, null));
    }

    /// <summary>
    /// Adds a re-decoded run of mojibake; when <paramref name="keepable"/>, each unit may also stay as it was. The
    /// candidates of the last unit in <paramref name="takeSpace"/> read the space after the run as their byte A0, and
    /// take that many slots after the unit (the space, and the continuation bytes after it they end with).
    /// </summary>
    public void AddSpan(string damaged, IReadOnlyList<DecodedUnit> units, bool keepable, IReadOnlyDictionary<int, int>? takeSpace = null)
    {
        var id = _spans.Count;
        _spans.Add(damaged);
        if (!keepable)
        {
            StrongCharacters += units.Count;
        }
        foreach (var unit in units)
        {
            var text = damaged.Substring(unit.Start, unit.Length);
            int? original = keepable && unit.Length == 1 ? text[0] : null;
            _slots.Add(original is { } o ? [o, .. unit.Candidates] : unit.Candidates);
            _info.Add(new SlotInfo(null, text, unit.LostBytes, id, original, unit.Start + unit.Length == damaged.Length ? takeSpace : null));
        }
    }

    /// <summary>
    /// This line read after <paramref name="context"/> (the end of the line before, which wrapped inside a sentence): a
    /// certain slot for each of its code points, then this line's slots, spans unchanged.
    /// </summary>
    public Lattice After(ReadOnlySpan<int> context)
    {
        var lattice = new Lattice { StrongCharacters = StrongCharacters };
        lattice._spans.AddRange(_spans);
        foreach (var c in context)
        {
            lattice.AddCertain(c, char.ConvertFromUtf32(c));
        }
        lattice._slots.AddRange(_slots);
        lattice._info.AddRange(_info);
        return lattice;
    }

    /// <summary>Decides slot <paramref name="slot"/> as <paramref name="candidate"/>, one of its candidates.</summary>
    public void Keep(int slot, int candidate) => _slots[slot] = [candidate];

    /// <summary>Takes <paramref name="candidate"/> from the candidates of slot <paramref name="slot"/>, which holds others.</summary>
    public void Drop(int slot, int candidate) => _slots[slot] = Array.FindAll(_slots[slot], c => c != candidate);

    public string SpanText(int id) => _spans[id];

    /// <summary>The code points that are already certain, with 0 where a character is still undecided.</summary>
    public int[] CertainText()
    {
        var text = _slots.Select(s => s.Length == 1 ? s[0] : 0).ToArray();
        // A space that a character before it may take as its byte A0 (and what that takes with it) is not certain either:
        // learnt as a space, it would vouch for the reading that leaves it one ("é 端" of 遠端).
        for (var s = 0; s < _info.Count; s++)
        {
            if (_info[s].TakesSpace is { Count: > 0 } takes)
            {
                text.AsSpan(s + 1, Math.Min(takes.Values.Max(), text.Length - s - 1)).Clear();
            }
        }
        return text;
    }

    /// <summary>
    /// Where a slot came from: verbatim text, or the damaged characters it re-decodes and how many bytes were lost; and
    /// which of its candidates take the space after it as a byte, with how many slots after it each takes.
    /// </summary>
    public readonly record struct SlotInfo(string? Original, string? Damaged, int LostBytes, int SpanId, int? Keepable, IReadOnlyDictionary<int, int>? TakesSpace = null);
}

/// <summary>Reading code points out of UTF-16 text that may hold lone surrogates.</summary>
internal static class CodePointReader
{
    /// <summary>The code point at <paramref name="index"/> and how many chars it takes (a lone surrogate counts as itself).</summary>
    public static int Read(ReadOnlySpan<char> text, int index, out int width)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }
        width = 1;
        return text[index];
    }

    /// <summary>Every code point of <paramref name="text"/>, in order.</summary>
    public static int[] All(ReadOnlySpan<char> text)
    {
        var result = new List<int>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            result.Add(Read(text, i, out var width));
            i += width;
        }
        return result.ToArray();
    }
}
