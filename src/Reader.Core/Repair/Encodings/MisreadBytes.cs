using System.Globalization;

namespace Reader.Core.Repair.Encodings;

/// <summary>How a run of characters reads when taken back to the bytes a code page showed as them.</summary>
internal enum RunKind
{
    /// <summary>The bytes are not UTF-8, even allowing for lost bytes: the run is genuine text.</summary>
    NotMojibake,

    /// <summary>Only lone lead bytes: UTF-8 only if every continuation byte was lost; weak evidence.</summary>
    Weak,

    /// <summary>At least one lead byte followed by its continuation bytes: strong evidence of mojibake.</summary>
    Strong,
}

/// <summary>
/// The UTF-8 shape of a run: continuation bytes its lead bytes need, how many of them are there, and how many lead
/// bytes have all theirs. Genuine damage loses only the few byte values its code page lacks, so nearly every
/// continuation byte is there; clean text of the page's own script (Ukrainian as cp1251, a Czech name as cp1250)
/// reads as lead bytes that lack most of theirs. Of the bytes there, <see cref="PresentC1"/> are 80 to 9F: the bytes
/// latin-1 without C1 strips, which damage by a page that keeps them leaves in plenty. <see cref="BesideCjk"/> counts
/// the runs that read as CJK characters only and touch a genuine one: clean text of a Latin page glues no accented
/// letters to Chinese or Japanese, so such a run is damage however many of its bytes were lost.
/// </summary>
internal readonly record struct RunShape(long Needed, long Present, long Complete, long PresentC1 = 0, long BesideCjk = 0)
{
    /// <summary>Continuation bytes the lead bytes need that are not there.</summary>
    public long Missing => Needed - Present;

    public RunShape Add(RunShape other) =>
        new(Needed + other.Needed, Present + other.Present, Complete + other.Complete, PresentC1 + other.PresentC1, BesideCjk + other.BesideCjk);
}

/// <summary>One character of a re-decoded run: either certain, or a set of candidates for rebuilt bytes.</summary>
internal readonly record struct DecodedUnit(int[] Candidates, int LostBytes, int Start, int Length);

/// <summary>Takes runs of suspicious characters back to bytes and re-decodes them as UTF-8, enumerating lost bytes.</summary>
internal static class MisreadBytes
{
    private const int Wildcard = -1;
    private const int MaxCandidates = 4096;

    /// <summary>Classifies <paramref name="run"/> under <paramref name="page"/> without enumerating candidates.</summary>
    public static RunKind Classify(ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost) => Classify(run, page, lost, out _);

    /// <summary>Classifies <paramref name="run"/> and measures its <paramref name="shape"/>.</summary>
    public static RunKind Classify(ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost, out RunShape shape)
    {
        shape = default;
        var strong = false;
        var i = 0;
        while (i < run.Length)
        {
            var (need, present, broken) = SequenceAt(run, i, page, lost);
            if (broken || present > need - 1)
            {
                shape = default;
                return RunKind.NotMojibake;
            }
            var presentC1 = 0;
            for (var b = 1; b <= present; b++)
            {
                presentC1 += ByteAt(run[i + b], page) is >= 0x80 and <= 0x9F ? 1 : 0;
            }
            shape = shape.Add(new RunShape(need - 1, present, present == need - 1 && present > 0 ? 1 : 0, presentC1));
            if (present > 0 && !(present == 1 && run[i + 1] == '\u00A0' && need > 2))
            {
                strong = true;
            }
            i += 1 + present;
        }
        return strong ? RunKind.Strong : RunKind.Weak;
    }

    /// <summary>
    /// How many characters open <paramref name="run"/> as whole UTF-8 sequences under <paramref name="page"/> before the
    /// first that is none (a byte no sequence starts with, or more continuation bytes than its lead takes, which end the
    /// prefix after those it takes): the part of a run that <see cref="Classify(ReadOnlySpan{char}, CodePage, IReadOnlyList{byte})"/>
    /// would read, were it alone. The whole run where every sequence is whole.
    /// </summary>
    public static int SoundPrefix(ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost)
    {
        var i = 0;
        while (i < run.Length)
        {
            var (need, present, broken) = SequenceAt(run, i, page, lost);
            if (broken)
            {
                return i;
            }
            if (present > need - 1)
            {
                return i + need;
            }
            i += 1 + present;
        }
        return i;
    }

    // The sequence that run[i] leads: how many bytes its lead takes, how many continuation bytes follow it, and whether
    // it is none at all (no lead, bytes missing where none are lost, or a four-byte lead no text starts with).
    private static (int Need, int Present, bool Broken) SequenceAt(ReadOnlySpan<char> run, int i, CodePage page, IReadOnlyList<byte> lost)
    {
        var lead = ByteAt(run[i], page);
        var need = SequenceLength(lead);
        if (need == 0)
        {
            return (0, 0, true);
        }
        var present = 0;
        while (i + 1 + present < run.Length && IsContinuation(ByteAt(run[i + 1 + present], page)))
        {
            present++;
        }
        var broken = (present < need - 1 && lost.Count == 0)
            || (need == 4 && !MayStartText(lead, present > 0 ? ByteAt(run[i + 1], page) : Wildcard, present < need - 1 && lost.Contains((byte)0xA0)));
        return (need, present, broken);
    }

    /// <summary>
    /// How many characters open <paramref name="run"/> that are continuation bytes under <paramref name="page"/>, with no
    /// lead before them: what is left of a character split by a space or a line break (样 is E6 A0 B7, and a no-break
    /// space A0 made plain leaves "æ ·"). They are no UTF-8 of their own, but the run after them may be.
    /// </summary>
    public static int LeadingContinuations(ReadOnlySpan<char> run, CodePage page)
    {
        var count = 0;
        while (count < run.Length && ByteAt(run[count], page) is >= 0x80 and <= 0xBF)
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// How many characters close <paramref name="run"/> that are continuation bytes beyond those the lead before them
    /// takes under <paramref name="page"/>: a genuine mark right after damage ("Ð°»" of а and », the » written as it
    /// stood). They are no part of the character before, and the run before them may still be UTF-8.
    /// </summary>
    private static int TrailingContinuations(ReadOnlySpan<char> run, CodePage page)
    {
        var continuations = 0;
        while (continuations < run.Length && IsContinuation(ByteAt(run[^(continuations + 1)], page)))
        {
            continuations++;
        }
        if (continuations == run.Length)
        {
            return 0;
        }
        var takes = SequenceLength(ByteAt(run[^(continuations + 1)], page)) - 1;
        return takes >= 0 && continuations > takes ? continuations - takes : 0;
    }

    /// <summary>
    /// How many characters open <paramref name="run"/> that no misreading by <paramref name="page"/> left there: the
    /// continuation bytes with no lead before them (see <see cref="LeadingContinuations"/>), else the marks a page that
    /// loses no byte shows for lead bytes with no continuation byte after them (“ is D2 in Mac OS Roman, before "Êúâ" of
    /// 有); such a page loses no continuation byte.
    /// </summary>
    public static int LeadingGenuine(ReadOnlySpan<char> run, CodePage page)
    {
        var count = LeadingContinuations(run, page);
        if (count > 0)
        {
            return count;
        }
        while (count < run.Length && IsLoneLeadMark(run[count], page)
            && (count + 1 == run.Length || !IsContinuation(ByteAt(run[count + 1], page)) || IsSpacedUnit(run, count)))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// How many characters close <paramref name="run"/> that no misreading by <paramref name="page"/> left there: the
    /// continuation bytes beyond what the lead before them takes (see <see cref="TrailingContinuations"/>), then, after
    /// other characters, a mark a page that loses no byte shows for a lead byte (” is D3 in Mac OS Roman, after "ÔºÅ"
    /// of ！).
    /// </summary>
    public static int TrailingGenuine(ReadOnlySpan<char> run, CodePage page)
    {
        var count = TrailingContinuations(run, page);
        var rest = run[..^count];
        return count + (rest.Length > 1 && IsLoneLeadMark(rest[^1], page) ? 1 : 0);
    }

    // A no-break space before a degree sign (25 °C) is typography, though Mac OS Roman reads the pair (CA A1) as ʡ.
    private static bool IsSpacedUnit(ReadOnlySpan<char> run, int i) => run[i] == '\u00A0' && i + 1 < run.Length && run[i + 1] == '\u00B0';

    // Only marks: a page's own letters at a lead byte (clean Russian in cp866, "свет" ending in E2) may yet be text of
    // that page, which the run as a whole tells.
    private static bool IsLoneLeadMark(char ch, CodePage page) =>
        page.LostBytes.Count == 0 && SequenceLength(ByteAt(ch, page)) > 1 && (char.IsPunctuation(ch) || ch == '\u00A0');

    /// <summary>True when the last character <paramref name="run"/> begins under <paramref name="page"/> lacks bytes at its end.</summary>
    public static bool EndsIncomplete(ReadOnlySpan<char> run, CodePage page)
    {
        var continuations = 0;
        while (continuations < 3 && continuations < run.Length && IsContinuation(ByteAt(run[^(continuations + 1)], page)))
        {
            continuations++;
        }
        return continuations < run.Length && SequenceLength(ByteAt(run[^(continuations + 1)], page)) > continuations + 1;
    }

    /// <summary>
    /// Re-decodes <paramref name="run"/>; returns null when it is not UTF-8 under <paramref name="page"/>. A character of
    /// the run with <paramref name="alternatives"/> (by index in the run) may also have stood for theirs where it is a
    /// continuation byte and they are too: the outer layer of a double misreading was not sure which byte it rebuilt.
    /// </summary>
    public static List<DecodedUnit>? Decode(ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost, IReadOnlyDictionary<int, char[]>? alternatives = null)
    {
        var units = new List<DecodedUnit>();
        var i = 0;
        Span<int> slots = stackalloc int[4];
        var options = new int[]?[3];
        int[] lostBytes = [.. lost];
        while (i < run.Length)
        {
            var lead = ByteAt(run[i], page);
            var need = SequenceLength(lead);
            if (need == 0)
            {
                return null;
            }
            var present = 0;
            var j = i + 1;
            while (j < run.Length && IsContinuation(ByteAt(run[j], page)) && present < need - 1)
            {
                options[present] = alternatives is not null && alternatives.TryGetValue(j, out var others) ? Continuations(ByteAt(run[j], page), others, page) : null;
                slots[present++] = ByteAt(run[j], page);
                j++;
            }
            if (j < run.Length && IsContinuation(ByteAt(run[j], page)))
            {
                return null;
            }
            var candidates = Enumerate(lead, need, slots[..present], options.AsSpan(0, present), lostBytes, out var rebuilt);
            if (candidates.Length == 0)
            {
                return null;
            }
            units.Add(new DecodedUnit(candidates, rebuilt, i, j - i));
            i = j;
        }
        return units;
    }

    // The continuation bytes a character may have stood for: its own and those of its alternatives; null where none of
    // them adds one (a lost byte, U+FFFD, is any lost byte already).
    private static int[]? Continuations(int own, char[] others, CodePage page)
    {
        if (own == Replaced)
        {
            return null;
        }
        var bytes = new List<int> { own };
        foreach (var other in others)
        {
            if (page.ByteOf(other) is >= 0x80 and <= 0xBF and var b && !bytes.Contains(b))
            {
                bytes.Add(b);
            }
        }
        return bytes.Count > 1 ? [.. bytes] : null;
    }

    // U+FFFD stands for one byte the decoder could not show: any lost byte.
    private const int Replaced = -2;

    /// <summary>The byte a character stands for: -1 when not in the page, <see cref="Replaced"/> for U+FFFD.</summary>
    private static int ByteAt(char ch, CodePage page) => ch == '\uFFFD' ? Replaced : page.ByteOf(ch);

    private static bool IsContinuation(int b) => b is (>= 0x80 and <= 0xBF) or Replaced;

    // Four-byte leads but F0 start planes 4-16: unassigned or private use but for plane 14 (F3 A0: tags and variation
    // selectors). So ñ, ò, ô of latin-1 lead nothing text holds, and ó only before the byte A0 (or where that was lost).
    private static bool MayStartText(int lead, int second, bool secondMayBeLost) => lead switch
    {
        0xF0 => true,
        0xF3 => second is 0xA0 or Replaced || secondMayBeLost,
        _ => false,
    };

    /// <summary>How many bytes a UTF-8 sequence with this lead byte has; 0 for a byte that leads none.</summary>
    internal static int SequenceLength(int lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    private static int[] Enumerate(int lead, int need, ReadOnlySpan<int> present, ReadOnlySpan<int[]?> options, int[] lostBytes, out int rebuilt)
    {
        var missing = need - 1 - present.Length;
        var wildcards = 0;
        var uncertain = 0;
        for (var k = 0; k < present.Length; k++)
        {
            if (present[k] == Replaced)
            {
                wildcards++;
            }
            else if (options[k] is not null)
            {
                uncertain++;
            }
        }
        // A byte the outer layer was unsure of is rebuilt here as much as a lost one.
        rebuilt = missing + wildcards + uncertain;
        var found = new HashSet<int>();
        var layout = new int[need - 1][];
        // Choose which of the need-1 continuation positions were lost; the present bytes keep their order.
        var positions = need - 1;
        for (var mask = 0; mask < 1 << positions; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != missing)
            {
                continue;
            }
            var next = 0;
            for (var p = 0; p < positions; p++)
            {
                if ((mask & (1 << p)) != 0)
                {
                    layout[p] = lostBytes;
                    continue;
                }
                var k = next++;
                layout[p] = present[k] == Replaced ? lostBytes : options[k] ?? [present[k]];
            }
            Fill(lead, layout, 0, 0, found);
            if (found.Count > MaxCandidates)
            {
                break;
            }
        }
        // Rebuilt bytes can spell scripts and symbol sets that ordinary text never holds; left in, they only crowd out
        // the likely candidates (the decoder ranks a few dozen per character).
        if (rebuilt > 0 && found.Any(IsLikelyText))
        {
            found.RemoveWhere(cp => !IsLikelyText(cp));
        }
        var result = found.ToArray();
        Array.Sort(result);
        return result;
    }

    // Every code point the lead spells with one byte of each position's options.
    private static void Fill(int lead, int[][] layout, int index, int acc, HashSet<int> found)
    {
        if (index == 0)
        {
            acc = lead switch
            {
                < 0xE0 => lead & 0x1F,
                < 0xF0 => lead & 0x0F,
                _ => lead & 0x07,
            };
        }
        if (index == layout.Length)
        {
            if (IsValid(acc, layout.Length + 1))
            {
                found.Add(acc);
            }
            return;
        }
        foreach (var b in layout[index])
        {
            Fill(lead, layout, index + 1, (acc << 6) | (b & 0x3F), found);
        }
    }

    private static bool IsLikelyText(int cp) => cp switch
    {
        0x200C or 0x200D => true, // joiners hold emoji sequences and Persian words together
        >= 0x2000 and <= 0x206F => CharUnicodeInfo.GetUnicodeCategory(cp) != UnicodeCategory.Format,
        >= 0x2800 and <= 0x28FF => false, // Braille
        >= 0x2C00 and <= 0x2C5F => false, // Glagolitic
        >= 0x2C80 and <= 0x2DFF => false, // Coptic, Georgian supplement, Tifinagh, Ethiopic extended, Cyrillic extended-A
        >= 0x2E80 and <= 0x2FFF => false, // CJK and Kangxi radicals, ideographic description
        >= 0x10000 and <= 0x1CFFF => false, // historic scripts
        >= 0x1D000 and <= 0x1D7FF => false, // musical and mathematical alphanumeric symbols
        >= 0x1E000 and <= 0x1EFFF => false,
        >= 0x1F000 and <= 0x1F0FF => false, // mahjong, domino and playing-card tiles
        >= 0x1F700 and <= 0x1F7FF => false, // alchemical symbols, geometric shapes extended
        _ => true,
    };

    // A C1 control is the middle layer of double mis-decoding (also one whose outer layer lost bytes); elsewhere the
    // prior keeps it from being chosen.
    private static bool IsValid(int cp, int length)
    {
        if (cp is >= 0x80 and <= 0x9F)
        {
            return true;
        }
        var minimum = length switch { 2 => 0x80, 3 => 0x800, _ => 0x10000 };
        if (cp < minimum || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }
        if ((cp & 0xFFFE) == 0xFFFE || cp is >= 0xFDD0 and <= 0xFDEF)
        {
            return false;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.Surrogate);
    }
}
