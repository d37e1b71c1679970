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

    // A candidate that spells nothing in the inner layer scores as an unseen character would.
    private const double NoInnerCharacter = -16;

    private static readonly CodePage s_inner = CodePages.All[0];

    private readonly IReadOnlyList<int[]> _slots;
    private readonly Func<int, double> _unigram;

    private InnerLayerPrior(IReadOnlyList<int[]> slots, Func<int, double> unigram)
    {
        _slots = slots;
        _unigram = unigram;
    }

    /// <summary>The prior for <paramref name="lattice"/>, or null when its decoded characters do not read as another layer of mojibake.</summary>
    public static InnerLayerPrior? For(Lattice lattice, Func<int, double> unigram)
    {
        var slots = lattice.Slots;
        var decoded = 0;
        var paired = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            if (lattice.Info[s].Damaged is null || slots[s].Length != 1)
            {
                continue;
            }
            decoded++;
            // Accented letters (á of "está") are high bytes too; only leads and continuations that stand together
            // (Ð µ, Ã ©), or beside a rebuilt one, spell an inner layer.
            var own = InnerByte(slots[s]);
            var pairs = own switch
            {
                >= 0xC2 and <= 0xEF => s + 1 < slots.Count && (slots[s + 1].Length > 1 || InnerByte(slots[s + 1]) is >= 0x80 and <= 0xBF),
                >= 0x80 and <= 0xBF => s > 0 && (slots[s - 1].Length > 1 || InnerByte(slots[s - 1]) is >= 0x80 and <= 0xEF),
                _ => false,
            };
            if (pairs)
            {
                paired++;
            }
        }
        return decoded >= MinDecoded && paired >= MinPairedShare * decoded ? new InnerLayerPrior(slots, unigram) : null;
    }

    private static int InnerByte(int[] candidates) =>
        candidates.Length == 1 && candidates[0] <= 0xFFFF ? s_inner.ByteOf((char)candidates[0]) : -1;

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>: the inner character it completes, if any.</summary>
    public double Score(int slot, int candidate)
    {
        if (_slots[slot].Length == 1 || candidate > 0xFFFF)
        {
            return 0;
        }
        var own = s_inner.ByteOf((char)candidate);
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
        if (need == 0 || slot + need >= _slots.Count)
        {
            return NoInnerCharacter;
        }
        var cp = lead & (need == 1 ? 0x1F : 0x0F);
        for (var k = 1; k <= need; k++)
        {
            var next = _slots[slot + k];
            var b = next.Length == 1 && next[0] <= 0xFFFF ? s_inner.ByteOf((char)next[0]) : -1;
            if (b is < 0x80 or > 0xBF)
            {
                return NoInnerCharacter;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        return cp < (need == 1 ? 0x80 : 0x800) ? NoInnerCharacter : _unigram(cp);
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
        slot >= 0 && _slots[slot].Length == 1 && _slots[slot][0] <= 0xFFFF ? s_inner.ByteOf((char)_slots[slot][0]) : -1;
}
