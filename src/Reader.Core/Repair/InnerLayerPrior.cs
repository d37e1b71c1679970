namespace Reader.Core.Repair;

/// <summary>
/// For text misread twice whose outer layer also lost bytes: there a rebuilt character is itself a byte of the inner
/// layer (Ð of "Ðµ" for е), and which one it is shows only in what the inner layer then decodes to, not in how
/// natural the half-decoded text looks. Candidates that complete an inner UTF-8 sequence with the characters after
/// them are scored by the character the sequence spells.
/// </summary>
internal sealed class InnerLayerPrior
{
    // Below this share of decoded characters that pair up as inner UTF-8 bytes, the decoded text is no second layer.
    private const double MinPairedShare = 0.6;
    private const int MinDecoded = 8;

    // The half-decoded line is gibberish to the character model ("ÐÐ¾Ð²"); what the inner layer spells tells more.
    private const double InnerWeight = 3;

    // A candidate that spells nothing in the inner layer scores as an unseen character would.
    private const double NoInnerCharacter = -16;

    private readonly IReadOnlyList<int[]> _slots;
    private readonly CodePage _inner;
    private readonly Func<int, double> _unigram;

    private InnerLayerPrior(IReadOnlyList<int[]> slots, CodePage inner, Func<int, double> unigram)
    {
        _slots = slots;
        _inner = inner;
        _unigram = unigram;
    }

    /// <summary>The prior for <paramref name="lattice"/>, or null when its decoded characters do not read as another layer of mojibake.</summary>
    public static InnerLayerPrior? For(Lattice lattice, Func<int, double> unigram)
    {
        var slots = lattice.Slots;
        var decoded = Enumerable.Range(0, slots.Count).Count(s => lattice.Info[s].Damaged is not null && slots[s].Length == 1);
        if (decoded < MinDecoded)
        {
            return null;
        }
        // The inner layer was misread with a page of its own (Ð of cp1252 is Ğ in cp1254): the one whose bytes pair up best.
        var (page, paired, _) = CodePages.All.Select(p => Paired(lattice, p)).MaxBy(x => (x.Paired, x.RebuiltLeads));
        return paired >= MinPairedShare * decoded ? new InnerLayerPrior(slots, page, unigram) : null;
    }

    // Decoded characters that stand as inner UTF-8 bytes beside their partners (Ð µ, Ã ©) or beside a rebuilt one
    // (accented letters, á of "está", are high bytes too, but alone); and, as the tie-break between pages that the
    // decoded characters fit equally, the rebuilt slots that may hold one of the page's lead bytes.
    private static (CodePage Page, int Paired, int RebuiltLeads) Paired(Lattice lattice, CodePage page)
    {
        var slots = lattice.Slots;
        var paired = 0;
        var rebuiltLeads = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            if (lattice.Info[s].Damaged is null)
            {
                continue;
            }
            if (slots[s].Length > 1)
            {
                if (slots[s].Any(c => c <= 0xFFFF && page.ByteOf((char)c) is >= 0xC2 and <= 0xEF))
                {
                    rebuiltLeads++;
                }
                continue;
            }
            var pairs = InnerByte(slots[s], page) switch
            {
                >= 0xC2 and <= 0xEF => s + 1 < slots.Count && (slots[s + 1].Length > 1 || InnerByte(slots[s + 1], page) is >= 0x80 and <= 0xBF),
                >= 0x80 and <= 0xBF => s > 0 && (slots[s - 1].Length > 1 || InnerByte(slots[s - 1], page) is >= 0x80 and <= 0xEF),
                _ => false,
            };
            if (pairs)
            {
                paired++;
            }
        }
        return (page, paired, rebuiltLeads);
    }

    private static int InnerByte(int[] candidates, CodePage page) =>
        candidates.Length == 1 && candidates[0] <= 0xFFFF ? page.ByteOf((char)candidates[0]) : -1;

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>: the inner character it completes, if any.</summary>
    public double Score(int slot, int candidate) =>
        _slots[slot].Length == 1 || candidate > 0xFFFF ? 0 : InnerWeight * InnerCharacter(slot, candidate);

    private double InnerCharacter(int slot, int candidate)
    {
        var own = _inner.ByteOf((char)candidate);
        if (own is >= 0x80 and <= 0xBF)
        {
            return AsContinuation(slot, own);
        }
        var lead = own;
        var need = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            _ => 0,
        };
        if (need == 0)
        {
            return NoInnerCharacter;
        }
        Span<int> bytes = stackalloc int[3];
        bytes[0] = lead;
        var found = 0;
        while (found < need && ByteAt(slot + 1 + found) is >= 0x80 and <= 0xBF and var b)
        {
            bytes[1 + found++] = b;
        }
        if (found == need)
        {
            return Spelled(bytes[..(need + 1)]);
        }
        if (found + 1 < need)
        {
            return NoInnerCharacter;
        }
        // The inner layer lost one byte of its own (Н is D0 9D, and cp1252 has no 0x9D): whichever of its lost bytes
        // completes the likeliest character, wherever in the sequence it stood.
        var best = NoInnerCharacter;
        Span<int> whole = stackalloc int[need + 1];
        for (var at = 1; at <= need; at++)
        {
            foreach (var lost in _inner.LostBytes)
            {
                for (int k = 0, from = 0; k <= need; k++)
                {
                    whole[k] = k == at ? lost : bytes[from++];
                }
                best = Math.Max(best, Spelled(whole));
            }
        }
        return best;
    }

    // Unigram weight of the character a complete inner sequence (lead, continuations) spells.
    private double Spelled(ReadOnlySpan<int> bytes)
    {
        var need = bytes.Length - 1;
        var cp = bytes[0] & (need == 1 ? 0x1F : 0x0F);
        for (var k = 1; k <= need; k++)
        {
            cp = (cp << 6) | (bytes[k] & 0x3F);
        }
        return cp < (need == 1 ? 0x80 : 0x800) || cp is >= 0xD800 and <= 0xDFFF ? NoInnerCharacter : _unigram(cp);
    }

    // A continuation byte after a certain lead (and, for three bytes, a certain first continuation).
    private double AsContinuation(int slot, int own)
    {
        var previous = ByteAt(slot - 1);
        if (previous is >= 0xC2 and <= 0xDF)
        {
            return _unigram(((previous & 0x1F) << 6) | (own & 0x3F));
        }
        var first = ByteAt(slot - 2);
        if (first is >= 0xE0 and <= 0xEF && previous is >= 0x80 and <= 0xBF)
        {
            var cp = ((first & 0x0F) << 12) | ((previous & 0x3F) << 6) | (own & 0x3F);
            return cp >= 0x800 ? _unigram(cp) : NoInnerCharacter;
        }
        return 0;
    }

    private int ByteAt(int slot) =>
        slot >= 0 && _slots[slot].Length == 1 && _slots[slot][0] <= 0xFFFF ? _inner.ByteOf((char)_slots[slot][0]) : -1;
}
