using System.Runtime.InteropServices;
using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// The state of repairing one input chunk by chunk: evidence per code page gathered so far, the document's own
/// n-gram counts, and the report. Decisions are made per line from line and document evidence.
/// </summary>
internal sealed class RepairSession(Func<CharNGramModel> model)
{
    private const int MaxLayers = 3;

    // How sure the model must be that a lone lead byte is a genuine letter before the line counts as genuine text.
    private const double SureKeep = 0.9;
    private const double KeepPenalty = -3;

    private readonly Evidence[][] _document = Enumerable.Range(0, MaxLayers).Select(_ => new Evidence[CodePages.All.Count]).ToArray();
    // Per layer and page: how many soft hyphens (byte 0xAD) the damaged runs hold.
    private readonly long[][] _softHyphens = Enumerable.Range(0, MaxLayers).Select(_ => new long[CodePages.All.Count]).ToArray();
    private DocumentModel? _documentModel;
    private DocumentModel? _staticModel;
    private int _lineOffset;
    private long _loneMarks;

    // How many candidates of a slot the character model ranks for word search, which starts words only with ranked ones:
    // more than the beam keeps, as a Chinese character that lost both continuation bytes (latin-1 without its C1
    // controls) has a thousand, and a word's first character is often not among the most frequent few dozen.
    private const int WordSearchCandidates = 128;

    // Han characters a document holds before the absence of 。 from it says something.
    private const int EnoughHanForStops = 200;

    public RepairReport Report { get; } = new();

    /// <summary>Repairs one chunk made of whole lines (the last may lack its line end).</summary>
    public string Process(string chunk)
    {
        var current = chunk;
        HashSet<int>? changed = null;
        _loneMarks += LoneMarks.Count(chunk);
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            if (!CodePages.HasLeadContinuationPair(current) && (layer > 0 || !OnlyLoneMarks))
            {
                break;
            }
            // A further layer (double mis-decoding) is only looked for in the lines the previous layer changed.
            var repaired = RepairLayer(current, layer, changed);
            if (repaired is null)
            {
                break;
            }
            (current, changed) = repaired.Value;
        }
        _lineOffset += CountLines(chunk);
        return current;
    }

    // Lone "â"s where quotes and dashes stand, and enough of them in the input so far: see LoneMarks.
    private bool OnlyLoneMarks => _loneMarks >= LoneMarks.Enough;

    private static bool HasSuspicious(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (ch >= '\u0080' && CodePages.IsSuspicious(ch))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountLines(string text) => text.AsSpan().Count('\n');

    private (string Text, HashSet<int> Changed)? RepairLayer(string text, int layer, HashSet<int>? candidates)
    {
        var pages = CodePages.All;
        var lines = SplitLines(text);
        var lineEvidence = new Evidence[lines.Count][];
        for (var l = 0; l < lines.Count; l++)
        {
            var line = text.AsSpan(lines[l].Start, lines[l].Length);
            if ((candidates is not null && !candidates.Contains(l)) || !HasSuspicious(line))
            {
                continue;
            }
            lineEvidence[l] = new Evidence[pages.Count];
            for (var p = 0; p < pages.Count; p++)
            {
                var e = Measure(line, pages[p], ref _softHyphens[layer][p]);
                lineEvidence[l][p] = e;
                _document[layer][p] = _document[layer][p].Add(e);
            }
        }

        var best = ChoosePage(_document[layer]);
        if (best >= 0)
        {
            best = MostNaturalOfEqual(best, _document[layer], text, lines, lineEvidence);
        }
        // Only lone "â"s where quotes and dashes stand: latin-1 with its C1 bytes stripped, and nothing else to tell.
        var marksOnly = best < 0 && layer == 0 && OnlyLoneMarks;
        if (marksOnly)
        {
            best = pages.Select((p, i) => (p, i)).First(x => x.p.Name == "latin-1").i;
        }
        if (best < 0)
        {
            return null;
        }
        var page = pages[best];
        var lost = LostBytes(_document[layer], _softHyphens[layer][best], best);
        var doc = _document[layer][best];

        var toFix = new List<int>();
        var provesNatural = false;
        for (var l = 0; l < lines.Count; l++)
        {
            if (lineEvidence[l] is { } e && (ShouldFix(e[best], doc) || (marksOnly && e[best].Weak > 0 && e[best].Clean == 0)))
            {
                toFix.Add(l);
            }
        }
        // A line that reads as UTF-8 but whose every misreadable character is a letter of a known word is genuine text
        // ("СЧЁТ" in cp1251, "[ход]" in cp866), whatever its bytes spell. (Lone leads alone are left to the decoder, which
        // may keep each: "vacÃo" is Spanish that lost a byte, though "vacão" is a Portuguese word.)
        toFix.RemoveAll(l => lineEvidence[l]![best].Strong > 0 && IsDictionaryText(text.AsSpan(lines[l].Start, lines[l].Length), page));
        var lattices = toFix.ToDictionary(l => l, l => BuildLattice(text.AsSpan(lines[l].Start, lines[l].Length), page, lost));
        if (page.LostBytes.Count == 0)
        {
            // A page that defines every byte reads some clean words of its own script as UTF-8 (cp866 "сом" is E1 AE AC,
            // U+1BAC), and no lost byte shows damage: its reading must be the more natural text, clearly so over the chunk.
            var gains = toFix.ToDictionary(l => l, l => NaturalnessGain(text.AsSpan(lines[l].Start, lines[l].Length), lattices[l]));
            toFix.RemoveAll(l => gains[l] <= 0);
            if (toFix.Sum(l => gains[l]) <= CompletePageMargin)
            {
                toFix.Clear();
            }
        }
        else if (layer == 0 && doc.Strong < FewDamagedRuns)
        {
            // With so little to go on, a word that merely spells UTF-8 (Ukrainian "Кі" is U+02F3 in cp1251, "Пі" is ϳ)
            // stays unless its reading is the more natural one; a reading with bytes still to rebuild ("Він" is ³ and a
            // lead of three bytes) is judged so once decoded.
            toFix.RemoveAll(l => IsFinalReading(lattices[l]) && NaturalnessGain(text.AsSpan(lines[l].Start, lines[l].Length), lattices[l]) <= 0);
            provesNatural = true;
        }
        if (toFix.Count == 0)
        {
            return null;
        }
        var documentModel = _documentModel ??= new DocumentModel(model());
        for (var l = 0; l < lines.Count; l++)
        {
            documentModel.Learn(lattices.TryGetValue(l, out var lattice) ? lattice.CertainText() : CodePoints(text.AsSpan(lines[l].Start, lines[l].Length)));
        }

        var fullWidthStops = EndsSentencesWithFullWidthStops(documentModel, page);
        var decoder = new LatticeDecoder(documentModel);
        var segmenter = new WordSegmentDecoder(documentModel);
        var words = new AlphabeticWordDecoder(() => AlphabeticWords.Shared, () => AlphabeticWordCounts.Shared, documentModel);
        var output = new StringBuilder(text.Length);
        var changed = new HashSet<int>();
        var position = 0;
        foreach (var l in toFix)
        {
            output.Append(text, position, lines[l].Start - position);
            var original = text.Substring(lines[l].Start, lines[l].Length);
            var repaired = Decode(lattices[l], decoder, segmenter, words, fullWidthStops, _lineOffset + l + 1, provesNatural ? original : null) ?? original;
            if (repaired != original)
            {
                changed.Add(l);
            }
            output.Append(repaired);
            position = lines[l].Start + lines[l].Length;
        }
        output.Append(text, position, text.Length - position);
        if (changed.Count == 0)
        {
            return null;
        }
        Report.AddEncoding(page.Name, layer);
        return (output.ToString(), changed);
    }

    /// <summary>
    /// True when the model is sure that lone lead bytes are the genuine letters they look like (a lone é between
    /// words): then the line is text about mojibake, not damage, unless its strong evidence clearly outweighs that
    /// (counted in characters: one run of damaged Chinese re-decodes a whole sentence).
    /// </summary>
    private static bool KeepsGenuineText(Lattice lattice, int[] path, Dictionary<int, (int CodePoint, double Probability)[]> alternatives)
    {
        var kept = 0;
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s].Keepable is { } original && path[s] == original
                && alternatives.TryGetValue(s, out var ranked) && ranked.First(a => a.CodePoint == original).Probability >= SureKeep)
            {
                kept++;
            }
        }
        return kept > 0 && lattice.StrongCharacters > 0 && lattice.StrongCharacters < 4 * kept;
    }

    /// <summary>
    /// The line as <paramref name="lattice"/> decodes it, recording what was rebuilt; null where it stays as it is. A
    /// <paramref name="mustBeat"/> line is kept unless the decoded one is the more natural text.
    /// </summary>
    private string? Decode(Lattice lattice, LatticeDecoder decoder, WordSegmentDecoder segmenter, AlphabeticWordDecoder words, bool fullWidthStops, int lineNumber, string? mustBeat)
    {
        if (fullWidthStops)
        {
            PunctuationPrior.KeepFullWidthStops(lattice);
        }
        // In a damaged document a lone lead byte is more likely damage than a genuine letter.
        var punctuation = new PunctuationPrior(lattice.Slots);
        var inner = InnerLayerPrior.For(lattice, words.Characters.Score);
        var emoji = EmojiNamePrior.For(lattice);
        double Prior(int slot, int candidate) =>
            (lattice.Info[slot].Keepable == candidate ? KeepPenalty : 0) + punctuation.Score(slot, candidate) + (inner?.Score(slot, candidate) ?? 0)
            + (emoji?.Score(slot, candidate) ?? 0);
        var path = decoder.Decode(lattice.Slots, Prior);
        // In a line that is itself mojibake (an outer layer that lost bytes), its rebuilt characters are bytes of the
        // inner layer, not letters or marks: words and typography do not apply, the inner layer's own repair will.
        if (inner is null)
        {
            segmenter.Refine(lattice.Slots, path, decoder.Alternatives(lattice.Slots, path, Prior, WordSearchCandidates));
            punctuation.Redecide(path, words.Characters.Score, Prior, words.IsWord);
            words.KeepKnownWords(lattice.Slots, path);
            words.Refine(lattice.Slots, path);
            AlphabeticWordDecoder.FollowCase(lattice.Slots, path);
            punctuation.PairQuotes(path);
            punctuation.PairBrackets(path, words.Characters.Score);
            punctuation.PlaceFullWidthMarks(path, words.Characters.Score);
            emoji?.PreferNamed(lattice.Slots, path);
        }
        var alternatives = decoder.Alternatives(lattice.Slots, path, Prior);
        // Whether a kept letter is genuine is the model's own judgement, without the damage prior.
        if (lattice.StrongCharacters > 0 && lattice.Info.Any(i => i.Keepable is not null)
            && KeepsGenuineText(lattice, path, decoder.Alternatives(lattice.Slots, path, (_, _) => 0)))
        {
            return null;
        }
        if (QuotesItsOwnReading(lattice, path))
        {
            return null;
        }
        if (mustBeat is not null && RebuildsLettersOrSymbols(lattice, path) && LogLikelihood(path) <= LogLikelihood(CodePoints(mustBeat)))
        {
            return null;
        }
        var line = new StringBuilder();
        var spanStart = -1;
        var spanConfidence = 1.0;
        for (var s = 0; s < path.Length; s++)
        {
            var info = lattice.Info[s];
            if (info.Damaged is not null && spanStart < 0)
            {
                spanStart = line.Length;
                spanConfidence = 1.0;
            }
            var column = line.Length + 1;
            // Only the inner layer's words can tell which of its lost bytes this was: it stays lost for that layer. So
            // too where a line is too short to show its inner layer but the byte follows what may be an inner lead
            // (the Ã of SAÃƒÂ, whose lost byte made Í).
            var passedOn = InnerLayerPrior.PassesOn(lattice.Slots[s]) && (inner is not null || (s > 0 && CodePages.CouldBeLead(path[s - 1])));
            if (!passedOn)
            {
                line.Append(info.Original ?? char.ConvertFromUtf32(path[s]));
            }
            if (info.Damaged is not null && info.LostBytes > 0 && !passedOn)
            {
                var ranked = alternatives.TryGetValue(s, out var alt) ? alt : [(path[s], 1.0)];
                var confidence = ranked.FirstOrDefault(a => a.CodePoint == path[s]).Probability;
                // The chosen character leads the list even where word segmentation overruled the character model.
                ranked = ranked.Where(a => a.CodePoint == path[s]).Concat(ranked.Where(a => a.CodePoint != path[s])).ToArray();
                spanConfidence = Math.Min(spanConfidence, confidence);
                Report.AddRebuilt(new RebuiltCharacter(
                    lineNumber,
                    column,
                    info.Damaged,
                    char.ConvertFromUtf32(path[s]),
                    info.LostBytes,
                    Math.Round(confidence, 4),
                    ranked.Take(3).Select(a => new RepairCandidate(char.ConvertFromUtf32(a.CodePoint), Math.Round(a.Probability, 4))).ToArray()));
            }
            if (spanStart >= 0 && (s + 1 == path.Length || lattice.Info[s + 1].SpanId != info.SpanId))
            {
                Report.AddSpan(lattice.SpanText(info.SpanId), line.ToString(spanStart, line.Length - spanStart), spanConfidence);
                spanStart = -1;
            }
        }
        return line.ToString();
    }

    /// <summary>
    /// True when a span re-decodes to two or more characters, not all ASCII, that the line also holds as clean text
    /// ("字符 becomes å­—ç¬¦"): a line that shows damage beside what it stands for explains mojibake, and stays as written.
    /// </summary>
    private static bool QuotesItsOwnReading(Lattice lattice, int[] path)
    {
        var clean = new StringBuilder();
        var spans = new Dictionary<int, StringBuilder>();
        for (var s = 0; s < path.Length; s++)
        {
            var info = lattice.Info[s];
            if (info.Damaged is null || info.Keepable is not null)
            {
                // Verbatim text, or a lone lead that may be a genuine letter (the é of één): the line as written.
                clean.Append(info.Original ?? info.Damaged);
                continue;
            }
            if (!spans.TryGetValue(info.SpanId, out var span))
            {
                // Spans are apart in the clean text, so no match runs across one.
                clean.Append('\0');
                spans[info.SpanId] = span = new StringBuilder();
            }
            if (Rune.TryCreate(path[s], out var rune))
            {
                span.Append(rune.ToString());
            }
        }
        var line = clean.ToString();
        foreach (var span in spans.Values)
        {
            var reading = span.ToString();
            if (reading.EnumerateRunes().Count() >= 2 && !Ascii.IsValid(reading) && line.Contains(reading, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Clean words misread come out as letters or as stray symbols ("Рів" as г☘ in cp1251); an emoji (beyond the BMP, or
    // one that takes U+FE0F) or a quote the character model hardly knows or cannot tell from what stood there, so a
    // line that rebuilds only those is not judged by its naturalness (a lone "ð" that was 🎂).
    private static bool RebuildsLettersOrSymbols(Lattice lattice, int[] path)
    {
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s].LostBytes == 0 || !Rune.TryCreate(path[s], out var rune))
            {
                continue;
            }
            var emoji = rune.Value >= 0x10000 || (s + 1 < path.Length && path[s + 1] == 0xFE0F);
            if (Rune.IsLetter(rune) || (Rune.IsSymbol(rune) && !emoji))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a long Chinese or Japanese document has no 。 although the page would have kept its bytes (E3 80 82):
    /// its sentences end in the full-width stop ． (older translations, academic style), whose last byte (8E) cp1254
    /// loses with that of ！ (81), and the models, knowing ！ far better, would end every sentence in an exclamation.
    /// </summary>
    private static bool EndsSentencesWithFullWidthStops(DocumentModel document, CodePage page) =>
        !page.LostBytes.Contains((byte)0x80) && !page.LostBytes.Contains((byte)0x82)
        && document.HanCharacters >= EnoughHanForStops && document.Occurrences(0x3002) == 0;

    private static bool ShouldFix(Evidence line, Evidence document)
    {
        if (line.Strong == 0)
        {
            // Only lone lead bytes (e.g. "â" for a curly quote whose other bytes were lost): worth decoding where the
            // document is clearly damaged; each may still stay as it is if the model prefers that.
            return line.Weak > 0 && line.Clean == 0 && document.Strong > 0 && document.StrongChars >= 4 * document.CleanChars;
        }
        // A line that also holds text which cannot be mojibake (™, «, ö…) is only repaired when damage clearly dominates;
        // a lone mojibake-looking pair in a document full of genuine symbols is a quotation, not damage.
        if (line.Clean > 0 && line.Strong < 4 * line.Clean)
        {
            return false;
        }
        return document.StrongChars >= document.CleanChars || line.Strong >= 2;
    }

    private static int ChoosePage(Evidence[] totals)
    {
        var best = -1;
        for (var p = 0; p < totals.Length; p++)
        {
            if (!MayBeTheDamage(totals[p], CodePages.All[p]))
            {
                continue;
            }
            if (best < 0 || totals[p].FitBesideLoneLeads > totals[best].FitBesideLoneLeads
                || (totals[p].FitBesideLoneLeads == totals[best].FitBesideLoneLeads && CodePages.All[p].LostBytes.Count > CodePages.All[best].LostBytes.Count))
            {
                best = p;
            }
        }
        return best;
    }

    private static bool MayBeTheDamage(Evidence evidence, CodePage page) =>
        evidence.Strong > 0 && LooksLikeDamage(evidence.Shape, page)
        // A page that loses no byte leaves every lead with its continuation bytes: where it reads more characters as
        // genuine text than as mojibake (a lone "â" of latin-1 damage is no UTF-8 to Mac OS Roman), it is not the one.
        && (page.LostBytes.Count > 0 || evidence.Fit > 0);

    // How much more likely (natural log, summed over the decoded characters) one page's reading must be than another's
    // that explains the text as well before it wins: less is the noise of the model over a line.
    private const double ClearlyMoreNatural = 4;

    /// <summary>
    /// Among pages that explain the text equally well, the one whose decoded characters the model finds most natural:
    /// ISO-8859-2 and cp1250 both read "aĂąo" as UTF-8, but only one as "año". Where the readings agree (cp1252 and
    /// cp1254 on Chinese), the order of <see cref="ChoosePage"/> stands.
    /// </summary>
    private int MostNaturalOfEqual(int best, Evidence[] totals, string text, List<(int Start, int Length)> lines, Evidence[]?[] lineEvidence)
    {
        var pages = CodePages.All;
        var tied = Enumerable.Range(0, pages.Count)
            .Where(p => p != best && totals[p].FitBesideLoneLeads == totals[best].FitBesideLoneLeads && MayBeTheDamage(totals[p], pages[p]) && !ReadAlike(pages[p], pages[best]))
            .ToList();
        if (tied.Count == 0)
        {
            return best;
        }
        var bestScore = Naturalness(best);
        foreach (var p in tied)
        {
            var score = Naturalness(p);
            if (score > bestScore + ClearlyMoreNatural)
            {
                (best, bestScore) = (p, score);
            }
        }
        return best;

        // Pages that give every suspicious character of the lines the same byte read them alike (cp1252 and cp1254 on
        // Chinese): nothing for the model to tell apart.
        bool ReadAlike(CodePage a, CodePage b)
        {
            for (var l = 0; l < lines.Count; l++)
            {
                if (lineEvidence[l] is null)
                {
                    continue;
                }
                foreach (var ch in text.AsSpan(lines[l].Start, lines[l].Length))
                {
                    if (ch >= '\u0080' && a.ByteOf(ch) != b.ByteOf(ch))
                    {
                        return false;
                    }
                }
            }
            return true;
        }

        double Naturalness(int p)
        {
            var sum = 0.0;
            for (var l = 0; l < lines.Count; l++)
            {
                if (lineEvidence[l] is { } e && e[p].Strong > 0)
                {
                    var lattice = BuildLattice(text.AsSpan(lines[l].Start, lines[l].Length), pages[p], pages[p].LostBytes);
                    sum += LogLikelihood(lattice.CertainText(), s => lattice.Info[s].Damaged is not null);
                }
            }
            return sum;
        }
    }

    /// <summary>
    /// True when every character the page could have misread in <paramref name="line"/> is a letter and every word
    /// holding one is in the word table ("[ход]" is cp866 for 室, but a Russian word): genuine text, not damage.
    /// Mojibake of a DOS or KOI8 page nearly always shows box-drawing or other symbols between its letters.
    /// </summary>
    private static bool IsDictionaryText(ReadOnlySpan<char> line, CodePage page)
    {
        var words = AlphabeticWords.Shared;
        var word = new List<int>();
        var suspicious = false;
        for (var i = 0; i <= line.Length; i++)
        {
            var ch = i < line.Length ? line[i] : ' ';
            var inPage = InPage(ch, page);
            if (inPage && !char.IsLetter(ch))
            {
                return false;
            }
            if (char.IsLetter(ch))
            {
                word.Add(ch);
                suspicious |= inPage;
                continue;
            }
            if (suspicious && !words.Contains(CollectionsMarshal.AsSpan(word)))
            {
                return false;
            }
            word.Clear();
            suspicious = false;
        }
        return true;
    }

    // How much likelier (natural log) the lines a page that loses nothing reads must be, together, than as they stand.
    // Clean words that happen to spell UTF-8 in such a page gain up to 10 by being read as one rare character
    // (Icelandic "jarðíkorni" as "jarСkorni" in cp850, Turkish "yargıç" as "yargՇ"); one damaged letter gains 17 and
    // more ("nцёo" is "não" in KOI8-R), a damaged word or sentence hundreds. Each line must gain something too.
    private const double CompletePageMargin = 13;

    // Below this many runs that read as UTF-8 in the whole input, a line's reading must also be more natural than the line.
    private const int FewDamagedRuns = 3;

    /// <summary>True when every character of the line is decided and spells no further layer of mojibake.</summary>
    private static bool IsFinalReading(Lattice lattice) =>
        lattice.Slots.All(c => c.Length == 1) && !CodePages.HasLeadContinuationPair(string.Concat(lattice.CertainText().Select(char.ConvertFromUtf32)));

    /// <summary>How much more likely the model finds <paramref name="decoded"/>'s certain characters than the line as it stands (natural log).</summary>
    // The whole text's likelihood, not per character: mojibake spells one character as two to four common letters
    // (cp866 shows 私 as "чзБ", each letter frequent in Russian).
    private double NaturalnessGain(ReadOnlySpan<char> line, Lattice decoded) =>
        LogLikelihood(decoded.CertainText()) - LogLikelihood(CodePoints(line));

    /// <summary>
    /// The character model's log likelihood of the characters of <paramref name="text"/> (0 is an undecided one, which
    /// breaks the context), counting only the positions <paramref name="counted"/> accepts, if given.
    /// </summary>
    private double LogLikelihood(int[] text, Func<int, bool>? counted = null)
    {
        // Before it learns the document, a document model is the static table that also reads traditional characters
        // it never saw through their simplified forms (譯者 as 译者, not as two unknowns beside cp866's "шнпшАЕ").
        var characters = _staticModel ??= new DocumentModel(model());
        var sum = 0.0;
        int a = ' ', b = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != 0 && (counted is null || counted(i)))
            {
                sum += characters.Score(a, b, c);
            }
            (a, b) = (b, c);
        }
        return sum;
    }

    // Share of the continuation bytes that damage by this page is expected to keep, at the least; clean text of the
    // page's own script keeps far fewer (Ukrainian as cp1251: about one in ten). Japanese kana spend their second byte
    // on 80-83, which latin-1 strips: a line of kana keeps about a fifth of the bytes the page would leave on average.
    private const double KeptShare = 0.25;

    // A page that lacks at most this share of the continuation byte values leaves most leads with all their bytes.
    private const double FewLost = 0.25;

    // Where no lead has all its bytes, the share of them that must be there (an emoji that lost one of its three).
    private const double MostlyThere = 0.6;

    /// <summary>
    /// Whether the page's reading of the text looks like UTF-8 that lost bytes, not like clean text in the page's own
    /// script: as many continuation bytes are there as a page that lacks only these byte values (and the soft hyphen)
    /// would leave, and, where it lacks few, some lead byte has all of them or most bytes are there (Tomáš Pospíšil as
    /// cp1250 has half).
    /// </summary>
    private static bool LooksLikeDamage(RunShape shape, CodePage page)
    {
        var lost = (page.LostBytes.Count + 1) / 64.0;
        return shape.Present >= KeptShare * (1 - lost) * shape.Needed
            && (shape.Complete > 0 || lost > FewLost || shape.Present >= MostlyThere * shape.Needed);
    }

    /// <summary>
    /// The bytes a lost byte may have been: those the page lacks, those of pages the evidence cannot tell apart from it,
    /// and 0xAD when the page shows it as a soft hyphen and none survived (U+00AD is invisible and often stripped on top of
    /// the page's own losses).
    /// Other bytes merely never seen are no evidence: Cyrillic or a second layer of mojibake use few continuation bytes.
    /// </summary>
    private static IReadOnlyList<byte> LostBytes(Evidence[] totals, long softHyphens, int best)
    {
        var lost = new SortedSet<byte>(CodePages.All[best].LostBytes);
        for (var p = 0; p < totals.Length; p++)
        {
            if (totals[p] == totals[best])
            {
                lost.UnionWith(CodePages.All[p].LostBytes);
            }
        }
        if (softHyphens == 0 && CodePages.All[best].ByteOf('\u00AD') == 0xAD)
        {
            lost.Add(0xAD);
        }
        return lost.ToArray();
    }

    private static Evidence Measure(ReadOnlySpan<char> line, CodePage page, ref long softHyphens)
    {
        var evidence = default(Evidence);
        long weakNeeded = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (!InPage(line[i], page))
            {
                if (CodePages.IsSuspicious(line[i]))
                {
                    // Looks like mojibake of another page but this one has no byte for it.
                    evidence = evidence with { Clean = evidence.Clean + 1, CleanChars = evidence.CleanChars + 1 };
                }
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && InPage(line[i], page))
            {
                i++;
            }
            var length = i - start;
            var run = line[start..i];
            switch (MisreadBytes.Classify(run, page, page.LostBytes, out var shape))
            {
                case RunKind.Strong:
                    evidence = evidence with { Strong = evidence.Strong + 1, StrongChars = evidence.StrongChars + length, Shape = evidence.Shape.Add(shape) };
                    softHyphens += run.Count('\u00AD');
                    break;
                case RunKind.Weak:
                    evidence = evidence with { Weak = evidence.Weak + 1 };
                    weakNeeded += shape.Needed;
                    break;
                default:
                    evidence = evidence with { Clean = evidence.Clean + 1, CleanChars = evidence.CleanChars + length };
                    if (page.LostBytes.Count == 0 && MisreadBytes.Classify(run, page, s_anyLost) == RunKind.Weak)
                    {
                        evidence = evidence with { LoneLeadChars = evidence.LoneLeadChars + length };
                    }
                    break;
            }
        }
        // Lone leads count towards the shape only in a line that also has pairs (in clean Ukrainian, Ці beside
        // параметри): a clean accented paragraph beside damaged ones is full of them and says nothing of the damage.
        return evidence.Strong > 0 ? evidence with { Shape = evidence.Shape.Add(new RunShape(weakNeeded, 0, 0)) } : evidence;
    }

    // Classifies a run as a page that loses bytes would: lone leads are then weak evidence rather than genuine text.
    private static readonly byte[] s_anyLost = [0x80];

    private static bool InPage(char ch, CodePage page) => ch >= '\u0080' && (ch == '\uFFFD' || page.ByteOf(ch) >= 0x80);

    private static Lattice BuildLattice(ReadOnlySpan<char> line, CodePage page, IReadOnlyList<byte> lost)
    {
        var lattice = new Lattice();
        var i = 0;
        while (i < line.Length)
        {
            if (!InPage(line[i], page))
            {
                var cp = CodePointReader.Read(line, i, out var width);
                lattice.AddCertain(cp, line.Slice(i, width).ToString());
                i += width;
                continue;
            }
            var start = i;
            while (i < line.Length && InPage(line[i], page))
            {
                i++;
            }
            var run = line[start..i];
            var kind = MisreadBytes.Classify(run, page, lost);
            var units = kind == RunKind.NotMojibake ? null : MisreadBytes.Decode(run, page, lost);
            if (units is null)
            {
                foreach (var ch in run)
                {
                    lattice.AddCertain(ch, ch.ToString());
                }
                continue;
            }
            // A run of lone lead bytes may just as well be genuine text (é, ñ, â): the model may keep each as it is.
            lattice.AddSpan(run.ToString(), units, keepable: kind == RunKind.Weak);
        }
        return lattice;
    }

    private static int[] CodePoints(ReadOnlySpan<char> text)
    {
        var result = new List<int>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            result.Add(CodePointReader.Read(text, i, out var width));
            i += width;
        }
        return result.ToArray();
    }

    private static List<(int Start, int Length)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add((start, text.Length - start));
                break;
            }
            lines.Add((start, end - start));
            start = end + 1;
        }
        return lines;
    }
}

/// <summary>Runs (and their characters) that read as mojibake, strongly or weakly, or as genuine text under one code page.</summary>
internal readonly record struct Evidence(int Strong, int Weak, int Clean, long StrongChars, long CleanChars, RunShape Shape = default, long LoneLeadChars = 0)
{
    /// <summary>How well the page explains the text: characters it re-decodes minus those it cannot.</summary>
    public long Fit => StrongChars - CleanChars;

    /// <summary>
    /// <see cref="Fit"/> with lone lead bytes counting for neither side: a page that loses bytes counts them as weak
    /// evidence, one that loses none as genuine text, and pages are only compared fairly where both count alike (the
    /// clean accents of a partly damaged document would otherwise always outvote a page that loses nothing).
    /// </summary>
    public long FitBesideLoneLeads => Fit + LoneLeadChars;

    public Evidence Add(Evidence other) =>
        new(Strong + other.Strong, Weak + other.Weak, Clean + other.Clean, StrongChars + other.StrongChars, CleanChars + other.CleanChars,
            Shape.Add(other.Shape), LoneLeadChars + other.LoneLeadChars);
}
