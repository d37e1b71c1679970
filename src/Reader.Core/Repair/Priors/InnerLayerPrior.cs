using System.Buffers;
using System.Text;
using Reader.Core.Repair.Decoding;
using Reader.Core.Repair.Encodings;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// For text misread twice whose outer layer also lost bytes: there a rebuilt character is itself a byte of the inner
/// layer (Ð of "Ðµ" for е), and which one it is shows only in what the inner layer then decodes to, not in how
/// natural the half-decoded text looks. Candidates that complete an inner UTF-8 sequence with their neighbours (certain
/// or rebuilt ones) are scored by the character the sequence spells, in its ASCII context; a rebuilt byte that can only
/// be one the inner page lacks is left for the inner layer to rebuild (<see cref="PassesOn"/>).
/// </summary>
internal sealed class InnerLayerPrior
{
    // Below this share of decoded characters that pair up as inner UTF-8 bytes, the decoded text is no second layer; nor
    // below this many of them, but for one that follows a rebuilt character that may be its lead (the « of "IngrediĂÂ«nten",
    // whose Ă lost the 0x83 of Ã: ë misread twice): a lone decoded mark beside a rebuilt dash ("â" and "Â¡" of latin-1
    // without C1) is just a mark.
    private const double MinPairedShare = 0.6;
    private const int MinDecoded = 2;

    // The half-decoded line is gibberish to the character model ("ÐÐ¾Ð²"); what the inner layer spells tells more.
    private const double InnerWeight = 3;

    // Rebuilt neighbours multiply the inner sequences to try; beyond this many the slot is left to the other models.
    private const int MaxCombinations = 4096;

    // A candidate that spells nothing in the inner layer scores as an unseen character would.
    private const double NoInnerCharacter = -30;

    // A letter of another script than the rest of the inner layer's (п among Chinese) is that much less likely; the
    // character model, which sees only ASCII neighbours here, cannot tell.
    private const double ForeignScript = -6;
    private const int MinScriptLetters = 4;

    // The unit of resistance, written with the Greek capital (U+2126 OHM SIGN is its compatibility twin).
    private const int Ohm = 0x03A9;

    // Lines the tie between pages is judged on, at most: enough to show which page's inner characters read naturally.
    private const int MaxSpellingLines = 64;

    /// <summary>The script of a letter's language, as far as telling an inner character's fit needs it.</summary>
    public enum Script
    {
        None,
        Latin,
        Cyrillic,
        Greek,
        Cjk,
        Other,
    }

    private readonly IReadOnlyList<int[]> _slots;
    private readonly CodePage _inner;
    private readonly int[] _innerLost;
    private readonly Func<int, int, int, double> _model;

    // The script of most letters the line's certain inner sequences spell (Chinese, Cyrillic…), if one has most.
    private readonly Script _script;

    // The decoder asks for the same slot and candidate once per beam state.
    private readonly Dictionary<(int Slot, int Candidate), double> _scores = [];

    // Per slot where an inner lead stands certain: what its character can be, and the log of their summed frequency.
    private readonly Dictionary<int, (List<int> Characters, double Alone)> _following = [];

    private InnerLayerPrior(IReadOnlyList<int[]> slots, CodePage inner, Func<int, int, int, double> model, Script documentScript)
    {
        _slots = slots;
        _inner = inner;
        _innerLost = inner.LostBytes.Select(b => (int)b).ToArray();
        _model = model;
        _script = MainScript(ScriptCounts(slots, inner), documentScript);
    }

    /// <summary>
    /// What all the damaged lines of a text show of an inner layer: the page it was misread with, the script of most of
    /// its letters, and the inner page of each line (null for a line that shows no second layer).
    /// </summary>
    public sealed record DocumentLayer(CodePage? Page, Script Script, IReadOnlyDictionary<Lattice, CodePage?> Pages);

    /// <summary>
    /// The prior for <paramref name="lattice"/>, one of the lines <paramref name="document"/> was read from, or null when
    /// its decoded characters do not read as another layer of mojibake. A line with too few decoded characters to tell,
    /// or too few certain letters to show a script, takes the document's.
    /// </summary>
    public static InnerLayerPrior? For(Lattice lattice, Func<int, int, int, double> model, DocumentLayer document) =>
        document.Pages.GetValueOrDefault(lattice) is { } page ? new InnerLayerPrior(lattice.Slots, page, model, document.Script) : null;

    /// <summary>
    /// What <paramref name="lattices"/>, the damaged lines of one text, show together: a line with one accented letter
    /// ("configuraciÃ³n" misread again) or two Chinese characters ("参见") shows too little of the inner layer alone.
    /// </summary>
    public static DocumentLayer OfDocument(IReadOnlyCollection<Lattice> lattices, Func<int, int, int, double> model)
    {
        // How each line pairs up under each page, worked out once.
        var lines = lattices.ToDictionary(l => l, l => new LineEvidence(Decoded(l), CodePages.InnerLayers.Select(p => Paired(l, p)).ToArray()));
        var decoded = lines.Values.Sum(e => e.Decoded);
        var totals = Enumerable.Range(0, CodePages.InnerLayers.Count)
            .Select(p => (Paired: lines.Values.Sum(e => e.Pairs[p].Paired), RebuiltLeads: lines.Values.Sum(e => e.Pairs[p].RebuiltLeads)))
            .ToArray();
        var top = totals.Max();
        // The pages whose pairs make most of the decoded characters that tell either way under them.
        var tied = Enumerable.Range(0, totals.Length)
            .Where(p => totals[p] == top && ReadsAsLayer(decoded - lines.Values.Sum(e => e.Pairs[p].Stranded), lines.Values.Sum(e => e.Pairs[p].AfterRebuiltLead)))
            .ToList();
        var page = tied.Count == 0 ? null
            : tied.Count == 1 ? CodePages.InnerLayers[tied[0]]
            : CodePages.InnerLayers[tied.MaxBy(p => Spelling(lines.Where(x => x.Value.PairsUp(p)).Select(x => x.Key), CodePages.InnerLayers[p], model))];
        var pages = lines.ToDictionary(x => x.Key, x => x.Value.Page(page));
        var counts = new int[(int)Script.Other + 1];
        var asciiLetters = 0;
        foreach (var (lattice, own) in pages)
        {
            if (own is not null)
            {
                var line = ScriptCounts(lattice.Slots, own);
                for (var i = 0; i < counts.Length; i++)
                {
                    counts[i] += line[i];
                }
                asciiLetters += lattice.Slots.Count(c => c is [< 0x80 and var a] && char.IsAsciiLetter((char)a));
            }
        }
        // Accented Latin letters are all rebuilt where the inner page lost their second byte (é is C3 A9, and Ã is
        // C3 83, which cp1250 lacks): with no certain inner letter at all, the words around them tell the script.
        var unseen = asciiLetters >= MinScriptLetters ? Script.Latin : Script.None;
        return new DocumentLayer(page, MainScript(counts, unseen), pages);

        bool ReadsAsLayer(int judged, int afterRebuiltLead) =>
            (judged >= MinDecoded || (judged == 1 && afterRebuiltLead == 1)) && top.Paired >= MinPairedShare * judged;
    }

    // How one line pairs up: its decoded characters, and what pairs under each inner page (in CodePages.InnerLayers order).
    private sealed record LineEvidence(int Decoded, (CodePage Page, int Paired, int RebuiltLeads, int Stranded, int AfterRebuiltLead)[] Pairs)
    {
        // Whether the line reads as another layer under page p on its own.
        public bool PairsUp(int p) => Judged(p) >= MinDecoded && Pairs[p].Paired >= MinPairedShare * Judged(p);

        // The decoded characters that tell either way under page p: not those that stand as a two-byte lead alone.
        private int Judged(int p) => Decoded - Pairs[p].Stranded;

        // The inner layer was misread with a page of its own (Ð of cp1252 is Ğ in cp1254): the one whose bytes pair up
        // best, the document's where that is one of them; none where the decoded characters do not read as another
        // layer, the document's where they are too few to tell. A line that decoded nothing, only lone leads, shows no
        // layer at all: in a text misread twice in places, it is a clean paragraph whose é stands alone, not 非.
        public CodePage? Page(CodePage? document)
        {
            if (Decoded == 0)
            {
                return null;
            }
            var best = Enumerable.Range(0, Pairs.Length).MaxBy(p => (Pairs[p].Paired, Pairs[p].RebuiltLeads));
            if (Judged(best) < MinDecoded)
            {
                return document;
            }
            var (page, paired, _, _, _) = Pairs[best];
            if (paired < MinPairedShare * Judged(best))
            {
                return null;
            }
            return document is not null && Pairs.Any(x => x.Page == document && x.Paired == paired) ? document : page;
        }
    }

    /// <summary>
    /// How naturally the rebuilt bytes of <paramref name="lattices"/>, lines that pair up under <paramref name="page"/>,
    /// spell inner characters there: the tie-break between pages the decoded characters fit equally (with ā€™ rebuilt
    /// from "Ä€™", cp1257 spells ’ where cp1250, reading č, spells 耙).
    /// </summary>
    private static double Spelling(IEnumerable<Lattice> lattices, CodePage page, Func<int, int, int, double> model)
    {
        var sum = 0.0;
        foreach (var lattice in lattices.Take(MaxSpellingLines))
        {
            var prior = new InnerLayerPrior(lattice.Slots, page, model, Script.None);
            for (var s = 0; s < lattice.Slots.Count; s++)
            {
                if (lattice.Slots[s].Length > 1)
                {
                    sum += lattice.Slots[s].Max(c => prior.Score(s, c));
                }
            }
        }
        return sum;
    }

    // Characters the page decoded with certainty from damaged runs.
    private static int Decoded(Lattice lattice) =>
        Enumerable.Range(0, lattice.Slots.Count).Count(s => lattice.Info[s].Damaged is not null && lattice.Slots[s].Length == 1);

    // Decoded characters that stand as inner UTF-8 bytes beside their partners (Ð µ, Ã ©) or beside a rebuilt one
    // (accented letters, á of "está", are high bytes too, but alone); as the tie-break between pages that the decoded
    // characters fit equally, the rebuilt slots that may hold one of the page's lead bytes; and the decoded characters
    // that stand as a two-byte lead alone, which tell neither way: a capital of a single misreading (Índice) or a lead
    // whose continuation the inner page lost (the Ì of a combining accent, CC 81, through cp1252 twice); and the decoded
    // continuation bytes right after a rebuilt slot that may hold their lead.
    private static (CodePage Page, int Paired, int RebuiltLeads, int Stranded, int AfterRebuiltLead) Paired(Lattice lattice, CodePage page)
    {
        var slots = lattice.Slots;
        var paired = 0;
        var rebuiltLeads = 0;
        var stranded = 0;
        var afterRebuiltLead = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            if (lattice.Info[s].Damaged is null)
            {
                continue;
            }
            if (slots[s].Length > 1)
            {
                if (MayBeLead(slots[s], page))
                {
                    rebuiltLeads++;
                }
                continue;
            }
            // A rebuilt neighbour is a partner only if whatever it becomes in the inner page is one: beside all-caps
            // Russian whose other letters were lost (latin-1, C1 stripped), С and Т are cp1251 leads, but the lost А–П
            // would be leads too.
            // Leads of four-byte sequences count too: an emoji's ð Ÿ ‘ is as much a second layer as Ã©.
            var own = InnerByte(slots[s], page);
            var pairs = own switch
            {
                >= 0xC2 and <= 0xF4 => s + 1 < slots.Count && AllInnerBytes(slots[s + 1], page, 0x80, 0xBF),
                >= 0x80 and <= 0xBF => s > 0 && AllInnerBytes(slots[s - 1], page, 0x80, 0xF4),
                _ => false,
            };
            if (pairs)
            {
                paired++;
                afterRebuiltLead += own is >= 0x80 and <= 0xBF && slots[s - 1].Length > 1 && MayBeLead(slots[s - 1], page) ? 1 : 0;
            }
            else if (own is >= 0xC2 and <= 0xDF)
            {
                stranded++;
            }
        }
        return (page, paired, rebuiltLeads, stranded, afterRebuiltLead);
    }

    // Whether some candidate of a rebuilt slot is a lead byte in the inner page.
    private static bool MayBeLead(int[] candidates, CodePage page) => candidates.Any(c => c <= 0xFFFF && page.ByteOf((char)c) is >= 0xC2 and <= 0xEF);

    private static int InnerByte(int[] candidates, CodePage page) =>
        candidates.Length == 1 ? InnerByteOf(candidates[0], page) : -1;

    private static int InnerByteOf(int c, CodePage page) => c <= 0xFFFF ? page.ByteOf((char)c) : -1;

    // The candidates the inner page has a byte for (at least one) all have one in [first, last].
    private static bool AllInnerBytes(int[] candidates, CodePage page, int first, int last)
    {
        var any = false;
        foreach (var c in candidates)
        {
            var b = InnerByteOf(c, page);
            if (b < 0)
            {
                continue;
            }
            if (b < first || b > last)
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>
    /// True when every candidate of rebuilt slot <paramref name="slot"/> is a C1 control (a byte the inner page had no
    /// character for, kept by a sloppy decoder) or the invisible soft hyphen (stripped as often): the inner layer lost
    /// that byte either way, and its own repair, which reads the words around it and knows which bytes its page
    /// lacks, should rebuild it rather than this layer's guess.
    /// </summary>
    public static bool PassesOn(int[] candidates) => candidates.Length > 1 && candidates.All(c => c is (>= 0x80 and <= 0x9F) or 0xAD);

    /// <summary>Log weight of <paramref name="candidate"/> at <paramref name="slot"/>: the inner character it completes, if any.</summary>
    public double Score(int slot, int candidate)
    {
        if (_slots[slot].Length == 1 || candidate > 0xFFFF)
        {
            return 0;
        }
        if (!_scores.TryGetValue((slot, candidate), out var score))
        {
            score = InnerWeight * InnerCharacter(slot, _inner.ByteOf((char)candidate));
            _scores[(slot, candidate)] = score;
        }
        return score;
    }

    private double InnerCharacter(int slot, int own)
    {
        if (own is >= 0x80 and <= 0xBF)
        {
            // A continuation byte: of a sequence whose lead stands one, two or three slots before it.
            var best = double.NegativeInfinity;
            for (var span = 2; span <= 4; span++)
            {
                for (var position = 1; position < span; position++)
                {
                    best = Math.Max(best, Best(slot, own, position, span) ?? double.NegativeInfinity);
                }
            }
            // The inner layer lost a byte of this sequence too (い is E3 81 84 and cp1254 has no 0x81): the lead stands
            // right before, and which continuation this is shows in the characters that each of the lost bytes completes.
            for (var span = 3; span <= 4 && double.IsNegativeInfinity(best); span++)
            {
                for (var position = 1; position < span; position++)
                {
                    for (var lost = 1; lost < span; lost++)
                    {
                        if (lost != position)
                        {
                            best = Math.Max(best, Best(slot, own, position, span, lost) ?? double.NegativeInfinity);
                        }
                    }
                }
            }
            // No lead in reach: it was lost, or stands where no rebuilt byte can tell.
            return double.IsNegativeInfinity(best) ? 0 : best;
        }
        var length = MisreadBytes.SequenceLength(own);
        if (length == 0)
        {
            return NoInnerCharacter;
        }
        return Best(slot, own, 0, length) ?? WithInnerLoss(slot, own, length);
    }

    /// <summary>
    /// The likeliest inner character of <paramref name="length"/> bytes with <paramref name="own"/> at
    /// <paramref name="position"/>, its other bytes from the neighbouring slots (any candidate of a rebuilt one) but for
    /// the one at <paramref name="lost"/> (if any), which the inner page lacked; null when the neighbours cannot
    /// complete it.
    /// </summary>
    private double? Best(int slot, int own, int position, int length, int lost = -1)
    {
        if (Options(slot, own, position, length, lost, out var start, out var slotCount, out var combinations) is not { } options)
        {
            return null;
        }
        double? best = null;
        Span<int> bytes = stackalloc int[length];
        for (var index = 0; index < combinations; index++)
        {
            Combination(options, index, bytes);
            var score = Spelled(bytes, start, start + slotCount, leadAtSlot: position == 0);
            best = best is { } b ? Math.Max(b, score) : score;
        }
        return best;
    }

    // The bytes each index of a sequence of length bytes may be: own at position, the inner page's lost bytes at lost
    // (if any), the others from the neighbouring slots, the sequence starting at slot start and taking slotCount of
    // them; null where the slots cannot complete it or offer more combinations than are tried.
    private int[][]? Options(int slot, int own, int position, int length, int lost, out int start, out int slotCount, out int combinations)
    {
        // Sequence index k stands in slot start + k, or one before past a byte the inner layer lost.
        start = slot - (lost >= 0 && lost < position ? position - 1 : position);
        slotCount = lost >= 0 ? length - 1 : length;
        combinations = 1;
        if (start < 0 || start + slotCount > _slots.Count)
        {
            return null;
        }
        var options = new int[length][];
        for (var k = 0; k < length; k++)
        {
            var at = start + (lost >= 0 && k > lost ? k - 1 : k);
            options[k] = k == position ? [own] : k == lost ? _innerLost : BytesAt(at, k == 0 ? length : 0);
            combinations *= options[k].Length;
            if (combinations == 0 || combinations > MaxCombinations)
            {
                return null;
            }
        }
        return options;
    }

    // The inner bytes a slot may stand for: a lead of a sequence this long (length > 0) or a continuation byte.
    private int[] BytesAt(int slot, int length)
    {
        var bytes = new List<int>();
        foreach (var c in _slots[slot])
        {
            var b = c <= 0xFFFF ? _inner.ByteOf((char)c) : -1;
            if (length > 0 ? b >= 0 && MisreadBytes.SequenceLength(b) == length : b is >= 0x80 and <= 0xBF)
            {
                bytes.Add(b);
            }
        }
        return [.. bytes];
    }

    // The inner layer lost one byte of its own (Н is D0 9D, and cp1252 has no 0x9D): whichever of its lost bytes
    // completes the likeliest character with the bytes after the lead (certain or rebuilt), wherever in the sequence it stood.
    private double WithInnerLoss(int slot, int lead, int length)
    {
        var best = NoInnerCharacter;
        for (var lost = 1; lost < length; lost++)
        {
            best = Math.Max(best, Best(slot, lead, 0, length, lost) ?? NoInnerCharacter);
        }
        return best;
    }

    /// <summary>
    /// Weight of the character a complete inner sequence (lead, continuations) spells, standing in slots
    /// <paramref name="start"/> to <paramref name="end"/>: in its context where that is ASCII, which reads the same in
    /// both layers (espa<b>ñ</b>ola, not espa<b>б</b>ola, although б is the more frequent character).
    /// </summary>
    private double Spelled(ReadOnlySpan<int> bytes, int start, int end, bool leadAtSlot)
    {
        Span<byte> utf8 = stackalloc byte[bytes.Length];
        for (var k = 0; k < bytes.Length; k++)
        {
            utf8[k] = (byte)bytes[k];
        }
        // Overlong forms, surrogates and code points past U+10FFFF spell nothing.
        if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) != OperationStatus.Done || consumed != utf8.Length)
        {
            return NoInnerCharacter;
        }
        // Nor does one that leaves a continuation byte after it without a lead (Đ ż ™ as D0 BF, then 99 alone; č ż ™
        // is E8 BF 99, 这), certain or rebuilt: the inner page loses continuation bytes only, never a lead.
        if (end < _slots.Count && AllInnerBytes(_slots[end], _inner, 0x80, 0xBF))
        {
            return NoInnerCharacter;
        }
        var cp = rune.Value;
        // The character model hardly knows U+FE0F, so any CJK character with its two last bytes outranks it; right after
        // an emoji (or a symbol with an emoji form) it is what those bytes spell.
        if (cp == PunctuationPrior.EmojiSelector && InnerCharacterBefore(start) is { } before && PunctuationPrior.TakesEmojiSelector(before))
        {
            return 0;
        }
        // The character model knows Щ (D0 A9) far better than Ω (CE A9); after a number or its metric prefix (4.7 kΩ,
        // 220Ω) and before no letter, the unit of resistance is what those bytes spell.
        if (cp == Ohm && !char.IsAsciiLetter((char)AsciiAt(end)) && AfterNumber(start))
        {
            return 0;
        }
        int a = AsciiAt(start - 2), b = AsciiAt(start - 1), next = AsciiAt(end);
        var score = _model(b == 0 ? 0 : a, b, cp) + ScriptFit(cp, char.IsAsciiLetter((char)b) || char.IsAsciiLetter((char)next));
        // How much better the character predicts the next one than that one's own frequency does.
        if (next != 0 || b != 0 || !leadAtSlot)
        {
            return next == 0 ? score : score + _model(b, cp, next) - _model(0, 0, next);
        }
        // Where the slot decides the lead, between inner characters, what the next one can be (its lead certain) tells
        // too: 載 (E8 BC 89) before the さ of される, where alone the far more frequent ） (EF BC 89, one outer byte
        // away) wins. Not where only a continuation byte is in doubt: there the one-sided context misleads (ご before と
        // where い stands) more than it helps.
        if (!_following.TryGetValue(end, out var following))
        {
            var characters = InnerCharactersAt(end);
            following = (characters, characters.Count == 0 ? 0 : LogProbabilities.LogSumExp(characters.Select(n => _model(0, 0, n)).ToArray()));
            _following[end] = following;
        }
        return following.Characters.Count == 0 ? score
            : score + LogProbabilities.LogSumExp(following.Characters.Select(n => _model(0, cp, n)).ToArray()) - following.Alone;
    }

    // Combination number index of the options, one byte from each.
    private static void Combination(int[][] options, int index, Span<int> bytes)
    {
        for (var k = 0; k < options.Length; k++)
        {
            bytes[k] = options[k][index % options[k].Length];
            index /= options[k].Length;
        }
    }

    // The characters the inner sequence whose lead stands certain at slot start can spell, with its continuation bytes
    // from the slots after it (certain or rebuilt) or one of them lost with the inner layer; none where no lead stands there.
    private List<int> InnerCharactersAt(int start)
    {
        var found = new List<int>();
        var length = MisreadBytes.SequenceLength(ByteAt(start));
        if (length < 2)
        {
            return found;
        }
        Span<int> bytes = stackalloc int[length];
        Span<byte> utf8 = stackalloc byte[length];
        // Every continuation byte in a slot (lost -1), or the one at index lost one the inner page lacks.
        for (var lost = -1; lost < length; lost++)
        {
            if (lost == 0 || Options(start, ByteAt(start), 0, length, lost, out _, out _, out var combinations) is not { } options)
            {
                continue;
            }
            for (var index = 0; index < combinations; index++)
            {
                Combination(options, index, bytes);
                for (var k = 0; k < length; k++)
                {
                    utf8[k] = (byte)bytes[k];
                }
                if (Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) == OperationStatus.Done && consumed == length)
                {
                    found.Add(rune.Value);
                }
            }
        }
        return found;
    }

    // Of another script than the line's, or Cyrillic or Greek within a word of ASCII letters (кtil for útil, where no
    // certain inner character shows the line's script): words mix Latin with CJK, hardly ever with another alphabet.
    private double ScriptFit(int cp, bool besideAsciiLetter) => ScriptOf(cp) switch
    {
        Script.None => 0,
        Script.Cyrillic or Script.Greek when besideAsciiLetter => ForeignScript,
        var own => _script != Script.None && own != _script ? ForeignScript : 0,
    };

    /// <summary>
    /// The script most letters of the certain inner sequences are written in, where at least four are and most of
    /// them in it; <paramref name="fallback"/> where there are fewer.
    /// </summary>
    private static Script MainScript(int[] counts, Script fallback)
    {
        var letters = counts.Sum() - counts[(int)Script.None];
        if (letters < MinScriptLetters)
        {
            return fallback;
        }
        var best = (Script)Array.IndexOf(counts, counts.Skip(1).Max(), 1);
        return counts[(int)best] * 2 > letters && best != Script.Other ? best : Script.None;
    }

    // Letters of the certain inner sequences of a line, by script.
    private static int[] ScriptCounts(IReadOnlyList<int[]> slots, CodePage inner)
    {
        var counts = new int[(int)Script.Other + 1];
        Span<byte> utf8 = stackalloc byte[4];
        for (var s = 0; s < slots.Count; s++)
        {
            var length = MisreadBytes.SequenceLength(ByteAt(s));
            if (length == 0)
            {
                continue;
            }
            var k = 0;
            for (; k < length && ByteAt(s + k) is var b && (k == 0 || b is >= 0x80 and <= 0xBF); k++)
            {
                utf8[k] = (byte)b;
            }
            if (k == length && Rune.DecodeFromUtf8(utf8[..length], out var rune, out _) == OperationStatus.Done)
            {
                counts[(int)ScriptOf(rune.Value)]++;
                s += length - 1;
            }
        }
        return counts;

        int ByteAt(int slot) => InnerByteAt(slots, inner, slot);
    }

    /// <summary>Letters by the script of their language; None for marks, digits and symbols, which any text holds.</summary>
    internal static Script ScriptOf(int cp) => cp switch
    {
        (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or >= 0x20000 and <= 0x3FFFF => Script.Cjk,
        >= 0x0400 and <= 0x052F => Script.Cyrillic,
        >= 0x0370 and <= 0x03FF => Script.Greek,
        // (Beyond the BMP too: the syllables of Linear B and the letters of mathematics are no text's own, 𐁁 for an ð
        // that lost three bytes.)
        _ when Rune.IsValid(cp) && Rune.IsLetter(new Rune(cp)) => cp is (>= 0x41 and <= 0x24F) or (>= 0x1E00 and <= 0x1EFF) ? Script.Latin : Script.Other,
        _ => Script.None,
    };

    // The inner character whose certain bytes end right before slot end; null where a rebuilt byte or no lead stands there.
    private int? InnerCharacterBefore(int end)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var length = 2; length <= 4 && end - length >= 0; length++)
        {
            var lead = ByteAt(end - length);
            if (MisreadBytes.SequenceLength(lead) == length)
            {
                for (var k = 0; k < length; k++)
                {
                    // A rebuilt byte (-1) becomes 0xFF, which no sequence holds.
                    utf8[k] = (byte)ByteAt(end - length + k);
                }
                return Rune.DecodeFromUtf8(utf8[..length], out var rune, out var consumed) == OperationStatus.Done && consumed == length
                    ? rune.Value
                    : null;
            }
            if (lead is not (>= 0x80 and <= 0xBF))
            {
                return null;
            }
        }
        return null;
    }

    // Whether a number ends before the slot, right before it or one space before, or before a metric prefix there (k, M,
    // G, m): an ASCII digit, or the inner bytes of a full-width one (０.８ Ω, EF BC 98 before the space).
    private bool AfterNumber(int slot)
    {
        var s = slot - 1;
        if (AsciiAt(s) is 'k' or 'M' or 'G' or 'm')
        {
            s--;
        }
        if (AsciiAt(s) == ' ')
        {
            s--;
        }
        return char.IsAsciiDigit((char)AsciiAt(s)) || (ByteAt(s - 2) == 0xEF && ByteAt(s - 1) == 0xBC && ByteAt(s) is >= 0x90 and <= 0x99);
    }

    private int AsciiAt(int slot) => slot >= 0 && slot < _slots.Count && _slots[slot] is [< 0x80 and var c] ? c : 0;

    private int ByteAt(int slot) => InnerByteAt(_slots, _inner, slot);

    // The inner byte a certain slot stands for; -1 for a rebuilt one, or past the line.
    private static int InnerByteAt(IReadOnlyList<int[]> slots, CodePage inner, int slot) =>
        slot >= 0 && slot < slots.Count ? InnerByte(slots[slot], inner) : -1;
}
