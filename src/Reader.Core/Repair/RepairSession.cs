using System.Text;
using Reader.Core.Repair.Decoding;
using Reader.Core.Repair.Encodings;
using Reader.Core.Repair.LanguageModels;
using Reader.Core.Repair.Priors;

namespace Reader.Core.Repair;

/// <summary>
/// The state of repairing one input chunk by chunk: evidence per code page gathered so far, the document's own
/// n-gram counts, and the report. Decisions are made per line from line and document evidence.
/// </summary>
internal sealed partial class RepairSession(Func<CharNGramModel> model)
{
    private const int MaxLayers = 3;

    // How sure the model must be that a lone lead byte is a genuine letter before the line counts as genuine text.
    private const double SureKeep = 0.9;
    private const double KeepPenalty = -3;

    // A space after a character that lacks its last byte is more often a space than that byte; the models score the
    // line with the space in it either way, so a reading that takes it must win by this much.
    private const double TakeSpacePenalty = -3;

    private readonly Evidence[][] _document = Enumerable.Range(0, MaxLayers).Select(_ => new Evidence[CodePages.All.Count]).ToArray();
    // Per layer and page: how many soft hyphens (byte 0xAD) the damaged runs hold.
    private readonly long[][] _softHyphens = Enumerable.Range(0, MaxLayers).Select(_ => new long[CodePages.All.Count]).ToArray();
    // Per layer: the document's own n-gram counts. Each layer learns its own text, for what a layer reads as certain is
    // the next one's damage: the inner "Ì" an outer layer decodes (menuÌ) would teach the inner layer to keep it.
    private readonly DocumentModel?[] _documentModels = new DocumentModel?[MaxLayers];
    private DocumentModel? _staticModel;
    private DocumentChoices? _choices;
    // Whether the input has shown arrows (→) leading through its menus, whole or rebuilt in a chain of steps.
    private bool _menuArrows;
    // Whether the chunk being repaired is the input's last: only then does its last line end a paragraph.
    private bool _endsInput;
    private int _lineOffset;
    private long _loneMarks;
    private long _loneMarksAnywhere;
    // Per page: no-break spaces that stand where a byte A0 of damage would (after a lead byte, or after the lead and a
    // continuation byte of a character of three or four bytes): the damage there kept its A0 bytes as no-break spaces.
    private readonly long[] _noBreakSpacesInDamage = new long[CodePages.All.Count];

    // How many candidates of a slot the character model ranks for word search, which starts words only with ranked ones:
    // more than the beam keeps, as a Chinese character that lost both continuation bytes (latin-1 without its C1
    // controls) has a thousand, and a word's first character is often not among the most frequent few dozen.
    private const int WordSearchCandidates = 128;

    private const string Arrow = "\u2192";
    private const string EmDash = "\u2014";

    // Han characters a document holds before the absence of 。 from it says something.
    private const int EnoughHanForStops = 200;

    // Times 。 stands whole in such a document before it shows that its sentences end in it.
    private const int EnoughStops = 5;

    public RepairReport Report { get; } = new();

    /// <summary>
    /// Repairs one chunk made of whole lines (the last may lack its line end); <paramref name="endsInput"/> where no
    /// chunk follows it, so its last line ends a paragraph.
    /// </summary>
    public string Process(string chunk, bool endsInput)
    {
        _endsInput = endsInput;
        // Most text spells no UTF-8 through any page: it is read once for that, and skipped.
        var pairs = CodePages.HasLeadContinuationPair(chunk);
        var marked = pairs ? QuestionMarks.AsLostBytes(chunk) : chunk;
        if (ReferenceEquals(marked, chunk))
        {
            return ProcessMarked(chunk, pairs);
        }
        var (examples, rebuilt) = (Report.Examples.Count, Report.Rebuilt.Count);
        var repaired = QuestionMarks.Restore(ProcessMarked(marked, pairs));
        Report.ShowQuestionMarks(examples, rebuilt);
        return repaired;
    }

    private string ProcessMarked(string chunk, bool pairs)
    {
        var current = chunk;
        HashSet<int>? changed = null;
        Dictionary<int, IReadOnlyDictionary<int, char[]>>? unsure = null;
        _loneMarks += LoneMarks.Count(chunk);
        _loneMarksAnywhere += LoneMarks.CountAnywhere(chunk);
        CountNoBreakSpacesInDamage(chunk);
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            if (!(layer == 0 ? pairs : CodePages.HasLeadContinuationPair(current)) && (layer > 0 || !OnlyLoneMarks))
            {
                break;
            }
            // A further layer (double mis-decoding) is only looked for in the lines the previous layer changed.
            var repaired = RepairLayer(current, layer, changed, unsure);
            if (repaired is null)
            {
                break;
            }
            (current, changed, unsure) = repaired.Value;
        }
        _lineOffset += CountLines(chunk);
        return current;
    }

    private void CountNoBreakSpacesInDamage(string chunk)
    {
        for (var i = chunk.IndexOf('\u00A0'); i > 0; i = chunk.IndexOf('\u00A0', i + 1))
        {
            for (var p = 0; p < CodePages.All.Count; p++)
            {
                var page = CodePages.All[p];
                var before = page.ByteOf(chunk[i - 1]);
                if (before is >= 0xC2 and <= 0xF4
                    || (before is >= 0x80 and <= 0xBF && i > 1 && page.ByteOf(chunk[i - 2]) is >= 0xE0 and <= 0xF4))
                {
                    _noBreakSpacesInDamage[p]++;
                }
            }
        }
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

    /// <summary>
    /// Repairs one layer of misreading in <paramref name="text"/>: the lines it changed, and per line the characters it
    /// rebuilt unsure of which of a few it was (by index in the line), which the next layer weighs again.
    /// <paramref name="unsure"/> holds those of the layer before.
    /// </summary>
    private (string Text, HashSet<int> Changed, Dictionary<int, IReadOnlyDictionary<int, char[]>> Unsure)? RepairLayer(
        string text, int layer, HashSet<int>? candidates, Dictionary<int, IReadOnlyDictionary<int, char[]>>? unsure)
    {
        var pages = CodePages.All;
        var lines = TextLines.Spans(text);
        var lineEvidence = new Evidence[lines.Count][];
        for (var l = 0; l < lines.Count; l++)
        {
            var line = Line(l);
            if ((candidates is not null && !candidates.Contains(l)) || !HasSuspicious(line))
            {
                continue;
            }
            lineEvidence[l] = new Evidence[pages.Count];
            for (var p = 0; p < pages.Count; p++)
            {
                var e = Measure(line, pages[p], ref _softHyphens[layer][p], splitAtBreaks: layer > 0);
                lineEvidence[l][p] = e;
                _document[layer][p] = _document[layer][p].Add(e);
            }
        }

        var best = ChoosePage(_document[layer]);
        if (best >= 0)
        {
            best = MostNaturalOfEqual(best, _document[layer], text, lines, lineEvidence);
        }
        if (best >= 0 && layer == 0 && StrippedOfC1(_document[layer], best))
        {
            best = CodePages.Latin1;
        }
        // Lone "â"s in punctuation places, in any line, tell latin-1 without C1 from a page that keeps the bytes 80 to 9F
        // and so would have left the quote's other bytes (â€œ in cp1252), however well that page reads the rest; where
        // latin-1 reads as damage the shape it leaves, or reads every run that page does (the "ZÃ¼rich" of a sentence
        // damaged beside clean ones, whose few lone "â"s leave fewer bytes than latin-1 would on average).
        var latin1 = _document[layer][CodePages.Latin1];
        if (best >= 0 && best != CodePages.Latin1 && layer == 0 && _loneMarksAnywhere >= LoneMarks.Enough
            && !pages[best].LostBytes.Contains((byte)0x80)
            && (MayBeTheDamage(latin1, pages[CodePages.Latin1]) || (latin1.Strong > 0 && latin1.Strong >= _document[layer][best].Strong)))
        {
            best = CodePages.Latin1;
        }
        // Lone "â"s where quotes and dashes stand show latin-1 with its C1 bytes stripped, where no page reads the text
        // otherwise: each line they stand in that holds nothing genuine is damage, though the lines with genuine marks
        // outnumber them (a text damaged in places) and the few pairs it shows (â¦ of …) are no evidence either way.
        var byLoneMarks = (best < 0 || best == CodePages.Latin1) && layer == 0 && OnlyLoneMarks;
        if (byLoneMarks)
        {
            best = CodePages.Latin1;
        }
        if (best < 0)
        {
            return null;
        }
        var page = pages[best];
        var lost = LostBytes(_document[layer], _softHyphens[layer][best], best);
        var doc = _document[layer][best];
        var damagedInPlaces = DamagedInPlaces(doc);

        // Few runs that read as UTF-8 in the whole input, or more of its suspicious characters read as genuine text than
        // as damage (a changelog full of Czech and Polish names, where Tomáš spells a lead and its continuation, also
        // once the mojibake over it is undone): little to go on.
        var littleToGoOn = (layer == 0 && doc.Strong < FewDamagedRuns) || doc.CleanChars > doc.StrongChars;
        var toFix = new List<int>();
        var mixed = new HashSet<int>();
        // Lines whose damage runs into the words around it (â€˜een, stapâ€™), or reads as marks set off where marks stand
        // (a dialogue's "â€” O", "â‚¬ 64"): no quoted example of mojibake, which stands apart ("Ã©" for é), beside however
        // many genuine letters.
        var withinWords = new HashSet<int>();
        for (var l = 0; l < lines.Count; l++)
        {
            if (lineEvidence[l] is { } w && w[best].Strong > 0 && DamageWithinWords(Line(l), page))
            {
                withinWords.Add(l);
            }
        }
        // Damage that runs into words in lines that neither quote it nor stand by one that talks about mojibake shows the
        // text itself was damaged: a run standing apart elsewhere in it ("van Â½ citroen", "60 Ã  70") is then no quoted
        // example either, though clean paragraphs (an English original after its damaged translation) outnumber it.
        var aboutMojibake = Enumerable.Range(0, lines.Count).Where(n => TalksAboutMojibake(Line(n))).ToList();
        var damagedText = withinWords.Count(l => !QuotesEveryRun(Line(l), page) && !NearMojibakeTalk(l)) >= DamagedWordLines;
        // Tools that take a no-break space for a plain one turn the byte A0 of damage into a space ("Ã " for à): in input
        // whose damage shows no no-break space, a space after a character that lacks its last byte may be that byte. The
        // genuine ones of clean paragraphs ("14.000 €", "175 °C") say nothing of the damaged ones.
        var spacesMayBeA0 = layer == 0 && _noBreakSpacesInDamage[best] == 0 && page.ByteOf('\u00A0') == 0xA0;
        for (var l = 0; l < lines.Count; l++)
        {
            if (lineEvidence[l] is { } e && (ShouldFix(e[best], doc) || (byLoneMarks && e[best].Weak > 0 && e[best].Clean == 0)))
            {
                toFix.Add(l);
            }
            else if (lineEvidence[l] is { } m
                && ((IsMixed(m[best]) && damagedInPlaces) || withinWords.Contains(l) || (damagedText && (m[best].Strong > 0 || (spacesMayBeA0 && LeadBeforeSpace(Line(l), page))))
                    || (m[best].StrongChars >= LongRun && ReadsAsItsOwnScript(Line(l), page)) || m[best].StretchChars > 0
                    || LostLeadsOnly(m[best], Line(l))))
            {
                // A sentence or a name damaged within a line of genuine text: in a text damaged in places, more likely
                // damage than a quotation, if its reading proves the more natural (below). So is, in any text, damage
                // that runs into the words around it (â€˜een, stapâ€™, coÃ¶rdinatie, Â£1): a quoted example stands apart
                // ("Ã©" for é); and a sentence's worth of it that reads as the script of the line's genuine words (a
                // Russian sentence misread through cp1251 beside a clean one), or that no genuine letter parts (the same
                // sentence misread twice, whose outer layer reads as Latin letters): an example quoted is a word or two.
                toFix.Add(l);
                mixed.Add(l);
            }
            else if (byLoneMarks && lineEvidence[l] is { } r && r[best].Strong > 0)
            {
                // Where lone "â"s showed that the text lost its marks to latin-1 without C1, a run it reads as UTF-8 is more
                // of that damage, however apart it stands ("- Â½ tsp" in a recipe whose dashes are lone "â"s).
                toFix.Add(l);
            }
        }

        // A line whose only damage is leads that lost their bytes, beside genuine text: where the text lost its marks to
        // latin-1 without C1, a sentence that lost them beside one that kept them (or a list that lost its bullets, beside
        // a few pairs that show latin-1, and clean paragraphs whose accents stand alone, or beside a run that shows damage
        // in its place, "van Â½ citroen"); where it is damaged in places, or its damage runs into words elsewhere, a
        // letter that lost its bytes within a word ("seguÃa", the "tres dÃas" of a title).
        bool LostLeadsOnly(Evidence line, ReadOnlySpan<char> text) => line.Weak > 0
            && (((byLoneMarks || (best == CodePages.Latin1 && (damagedInPlaces || doc.Strong >= FewDamagedRuns || withinWords.Count > 0)))
                    && LoneMarks.StandsIn(text))
                || ((damagedInPlaces || damagedText) && LoneLeadWithinWord(text, page)));
        // A line that reads as UTF-8 but whose every misreadable character is a letter of a known word is genuine text
        // ("СЧЁТ" in cp1251, "[ход]" in cp866), whatever its bytes spell. (Lone leads alone are left to the decoder, which
        // may keep each: "vacÃo" is Spanish that lost a byte, though "vacão" is a Portuguese word.)
        toFix.RemoveAll(l => lineEvidence[l]![best].Strong > 0 && IsDictionaryText(Line(l), page));
        // Where the input holds only a few damaged-looking runs, those within two lines of one that talks about mojibake are
        // quotations ("If you see Ã©, the file was decoded with the wrong encoding"), unless they are a sentence's worth
        // that no genuine letter parts (a line of Chinese misread after one that names 乱码): an example is a word or
        // two. A longer text about it quotes more examples, each in quotes or backticks ("rÃ©sumÃ©" really means "résumé"),
        // unless the text was itself misread (damage outside quotes, away from the talk): then lines of examples next to a
        // line damaged so, each with one that reads as mojibake again ("`Ã¢â‚¬â€`" is the `â€”` it quoted), were misread
        // with it; and all such lines where two lines show an example beside its own misreading and the text nowhere what
        // it stands for ("cafÃ©" and "cafÃƒÂ©", café nowhere), as a text that quotes every word it misreads does, with the
        // lines that quote words the text nowhere holds as they read. Nor need they be quoted where no damage runs into
        // words or stretches over a sentence: each run stands apart, as the examples of a FAQ do ("é → Ã©", "中文 turns
        // into ä¸­æ–‡"), however many there are.
        if (aboutMojibake.Count > 0 && withinWords.Count == 0 && doc.StretchChars == 0)
        {
            toFix.Clear();
        }
        else if (aboutMojibake.Count > 0)
        {
            // Each line's runs are read once for the questions below.
            var readings = toFix.ToDictionary(l => l, l => RunReadings(Line(l), page));
            var misread = toFix.Where(l => !QuotesEveryRun(Line(l), page)).ToHashSet();
            var examples = toFix.Where(l => !misread.Contains(l) && SomeRunReadsAsMojibake(readings[l])).ToList();
            if (toFix.Count(l => ShowsItsExampleMisread(readings[l], text)) >= DamagedWordLines)
            {
                // So are the quoted words whose readings the text nowhere holds ("RenÃ©" of René, "cafÃ©" of café).
                misread.UnionWith(examples);
                misread.UnionWith(toFix.Where(l => readings[l].Count > 0 && readings[l].TrueForAll(r => !text.Contains(r.Reading, StringComparison.Ordinal))));
            }
            else if (misread.Count(l => !NearMojibakeTalk(l)) >= DamagedWordLines)
            {
                while (examples.FindIndex(l => misread.Contains(l - 1) || misread.Contains(l + 1)) is var next and >= 0)
                {
                    misread.Add(examples[next]);
                    examples.RemoveAt(next);
                }
            }
            toFix.RemoveAll(l => (doc.Strong <= FewRunsToQuote && NearMojibakeTalk(l) && lineEvidence[l]![best].StretchChars == 0)
                || !misread.Contains(l));
        }
        // (A symbol with an emoji form is in use whether or not the model knows it: ⚠ of "âš  Parcial" is E2 9A A0.)
        var known = spacesMayBeA0 ? c => model().Knows(c) || PunctuationPrior.TakesEmojiSelector(c) : (Func<int, bool>?)null;
        var lattices = toFix.ToDictionary(l => l, l => BuildLattice(Line(l), page, lost, known, unsure?.GetValueOrDefault(l), splitAtBreaks: layer > 0));
        toFix.RemoveAll(l => mixed.Contains(l) && NaturalnessGain(Line(l), lattices[l]) <= 0);
        if (page.LostBytes.Count == 0)
        {
            // A page that defines every byte reads some clean words of its own script as UTF-8 (cp866 "сом" is E1 AE AC,
            // U+1BAC), and no lost byte shows damage: its reading must be the more natural text, clearly so over the chunk.
            var gains = toFix.ToDictionary(l => l, l => NaturalnessGain(Line(l), lattices[l]));
            toFix.RemoveAll(l => gains[l] <= 0);
            // A mark set off where marks stand ("Ôé¼ 640" in cp850) is damage however little it gains: no word of clean
            // text reads as one.
            if (toFix.Sum(l => gains[l]) <= CompletePageMargin)
            {
                toFix.RemoveAll(l => !SetsOffMarksOnly(Line(l), page));
            }
        }
        else if (littleToGoOn)
        {
            // With so little to go on, a word that merely spells UTF-8 (Ukrainian "Кі" is U+02F3 in cp1251, "Пі" is ϳ)
            // stays unless its reading is the more natural one; a reading with bytes still to rebuild ("Він" is ³ and a
            // lead of three bytes) is judged so once decoded.
            toFix.RemoveAll(l => IsFinalReading(lattices[l]) && NaturalnessGain(Line(l), lattices[l]) <= 0);
        }
        if (toFix.Count == 0)
        {
            return null;
        }
        var documentModel = _documentModels[layer] ??= new DocumentModel(model());
        var certain = Enumerable.Range(0, lines.Count).Select(CertainText).ToArray();
        foreach (var codePoints in certain)
        {
            documentModel.Learn(codePoints);
        }

        // An aside wrapped across lines has its brackets on different ones: what stood whole in the neighbours tells.
        var brackets = toFix.ToDictionary(l => l, l => new PunctuationPrior.BracketsAround(
            l > 0 ? PunctuationPrior.LeftOpen(certain[l - 1], lattices.GetValueOrDefault(l - 1)?.Slots) : 0,
            l + 1 < lines.Count ? PunctuationPrior.ClosedFirst(certain[l + 1], lattices.GetValueOrDefault(l + 1)?.Slots) : 0));
        var choices = _choices ??= new DocumentChoices(documentModel.Unigram);
        // Where latin-1 without C1 left a lone "â" for the apostrophe of an English contraction (doesnât), a line's damage
        // runs into its words too, though no pair of bytes shows it there.
        if (best == CodePages.Latin1)
        {
            withinWords.UnionWith(toFix.Where(l => LoneMarks.Apostrophes(Line(l)) > 0));
        }
        var words = new AlphabeticWordDecoder(() => AlphabeticWords.Shared, AlphabeticWordCounts.For, documentModel);
        var decoding = new LayerDecoding(
            new LatticeDecoder(documentModel),
            new WordSegmentDecoder(documentModel),
            words,
            SentenceStopsOf(documentModel, page),
            InnerLayerPrior.OfDocument(lattices.Values, words.Characters.Score),
            DrawingLayout.Find(lattices, Line, lines.Count),
            brackets,
            choices,
            layer,
            damagedInPlaces,
            damagedText,
            mixed,
            withinWords,
            [.. toFix.Where(l => lineEvidence[l]![best].StretchChars > 0)],
            PunctuationPrior.DocumentTypography.Of(certain),
            ScriptsOf(certain),
            AlphabetPrior.Of(certain),
            [.. toFix.Where(EndsParagraph)],
            new Lazy<EmojiNamePrior.Keywords>(() => EmojiNamePrior.Keywords.OfDocument(certain)));
        var output = new StringBuilder(text.Length);
        var changed = new HashSet<int>();
        var unsureNow = new Dictionary<int, IReadOnlyDictionary<int, char[]>>();
        var position = 0;
        var decoded = toFix.ToDictionary(l => l, DecodeLine);
        // Once the chunk has shown which characters it settles on where it is sure, lines that were unsure between such a
        // character and another are read again.
        if (choices.Learn(decoded.Values.Select(d => d?.Rebuilt)))
        {
            ReadAgain(choices.MayChange);
        }
        // A chain of steps shows that the text leads through menus with arrows; then a single step between capitalised
        // names is one too (File → Save as), and lines that rebuilt a dash are read again.
        if (!_menuArrows && (text.Contains(Arrow) || decoded.Values.Any(d => d?.Rebuilt.Any(c => c.Chosen == Arrow) == true)))
        {
            _menuArrows = true;
            ReadAgain(c => c.Chosen == EmDash);
        }
        foreach (var l in toFix)
        {
            output.Append(text, position, lines[l].Start - position);
            if (decoded[l] is { } line)
            {
                AddToReport(line);
                if (!Line(l).SequenceEqual(line.Text))
                {
                    changed.Add(l);
                }
                if (line.Unsure.Count > 0)
                {
                    unsureNow[l] = line.Unsure;
                }
            }
            output.Append(decoded[l]?.Text ?? Line(l));
            position = lines[l].Start + lines[l].Length;
        }
        output.Append(text, position, text.Length - position);
        choices.ForgetSites();
        if (changed.Count == 0)
        {
            return null;
        }
        Report.AddEncoding(page.Name, layer);
        return (output.ToString(), changed, unsureNow);

        ReadOnlySpan<char> Line(int l) => text.AsSpan(lines[l].Start, lines[l].Length);
        // Whether a blank line, a Markdown block or the input's end follows line l (a text ending in a line end has an
        // empty last line): the end of a chunk cut from a longer input may be inside a paragraph.
        bool EndsParagraph(int l) =>
            (l + 1 == lines.Count || (l + 2 == lines.Count && lines[^1].Length == 0)) ? _endsInput : StartsBlock(Line(l + 1));
        // Within two lines of one that talks about mojibake, where examples of it are quoted.
        bool NearMojibakeTalk(int l) => aboutMojibake.Any(n => Math.Abs(n - l) <= 2);
        DecodedLine? DecodeLine(int l) => Decode(lattices[l], decoding, l, MustBeat(l), Before(l));
        // Decodes again the lines that rebuilt a character that may now read otherwise.
        void ReadAgain(Func<RebuiltCharacter, bool> mayChange)
        {
            foreach (var l in toFix)
            {
                if (decoded[l] is { } first && first.Rebuilt.Any(mayChange))
                {
                    decoded[l] = DecodeLine(l);
                }
            }
        }
        // The end of the line before, where it stood whole: a character rebuilt there may be wrong itself.
        int[] Before(int l) => l == 0 ? [] : WrappedEnd(CertainText(l - 1));
        int[] CertainText(int l) => lattices.TryGetValue(l, out var lattice) ? lattice.CertainText() : CodePointReader.All(Line(l));
        string? MustBeat(int l) => littleToGoOn && page.LostBytes.Count > 0 ? Line(l).ToString() : null;
    }

    /// <summary>What decoding each line of one layer draws on: the models, and what the whole text shows.</summary>
    private sealed record LayerDecoding(
        LatticeDecoder Decoder,
        WordSegmentDecoder Segmenter,
        AlphabeticWordDecoder Words,
        PunctuationPrior.SentenceStops Stops,
        InnerLayerPrior.DocumentLayer InnerLayer,
        Dictionary<int, int[]> Drawings,
        Dictionary<int, PunctuationPrior.BracketsAround> Brackets,
        DocumentChoices Choices,
        int Layer,
        bool DamagedInPlaces,
        // Damage runs into the words of lines that quote nothing: the text itself was damaged, it does not talk about it.
        bool DamagedText,
        HashSet<int> Mixed,
        // Lines whose damage is no example quoted: it runs into their words, or is a stretch longer than a word or two
        // (which may also spell words the line holds whole).
        HashSet<int> DamageWithinWords,
        HashSet<int> LongStretches,
        PunctuationPrior.LineTypography Typography,
        // The scripts of the text's certain letters.
        HashSet<InnerLayerPrior.Script> Scripts,
        // The alphabets of the text's certain letters beyond Latin-1, where it has any.
        AlphabetPrior? Alphabet,
        // Lines that end a paragraph or a list item.
        HashSet<int> ParagraphEnds,
        // The emoji keywords the document's certain text uses.
        Lazy<EmojiNamePrior.Keywords> EmojiNames);

    // Whether a line is blank or opens a Markdown block: a heading, quote, table row or list item.
    private static bool StartsBlock(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart(" \t");
        if (text.IsEmpty || text[0] is '#' or '>' or '|')
        {
            return true;
        }
        if (text.Length > 1 && text[0] is '-' or '*' or '+' && text[1] == ' ')
        {
            return true;
        }
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    /// <summary>
    /// A line as decoded, with what the report is to say of it once the line is final, and the characters rebuilt as
    /// bytes of an inner layer that may as well have been others (by index in the line).
    /// </summary>
    private sealed record DecodedLine(string Text, IReadOnlyList<RebuiltCharacter> Rebuilt, IReadOnlyList<RepairedSpan> Spans, IReadOnlyDictionary<int, char[]> Unsure);

    /// <summary>A damaged run and what it became, and how sure the least sure of its characters is.</summary>
    private readonly record struct RepairedSpan(string Damaged, string Repaired, double Confidence);

    // A lone lead the decoder kept as the letter it stood for (the é of a clean paragraph) rebuilt nothing, and a span it
    // left as it was repaired nothing: the report names neither.
    private void AddToReport(DecodedLine line)
    {
        foreach (var character in line.Rebuilt)
        {
            if (character.Chosen != character.Damaged)
            {
                Report.AddRebuilt(character);
            }
        }
        foreach (var span in line.Spans)
        {
            if (span.Repaired != span.Damaged)
            {
                Report.AddSpan(span.Damaged, span.Repaired, span.Confidence);
            }
        }
    }

    /// <summary>
    /// Line <paramref name="index"/> of the chunk as <paramref name="lattice"/> decodes it, with what it rebuilt; null
    /// where it stays as it is. A <paramref name="mustBeat"/> line is kept unless the decoded one is the more
    /// natural text.
    /// </summary>
    private DecodedLine? Decode(Lattice lattice, LayerDecoding layer, int index, string? mustBeat, int[] before)
    {
        // Chinese and Japanese wrapped inside a sentence (man pages, mail) continue a word across the line break (如 / 果):
        // the models read the line after the end of the one before, and only this line's characters are written.
        var context = 0;
        var own = lattice;
        if (before.Length > 0 && lattice.Slots.Count > 0 && WordSegmentDecoder.IsCjkSlot(lattice.Slots[0])
            && !layer.Drawings.ContainsKey(index) && layer.InnerLayer.Pages.GetValueOrDefault(lattice) is null)
        {
            lattice = lattice.After(before);
            context = before.Length;
        }
        var decoder = layer.Decoder;
        var words = layer.Words;
        PunctuationPrior.SettleFullWidthStops(lattice, layer.Stops);
        // In a damaged document a lone lead byte is more likely damage than a genuine letter.
        var punctuation = new PunctuationPrior(
            lattice.Slots, layer.Drawings.GetValueOrDefault(index), _menuArrows, layer.Brackets.GetValueOrDefault(index), layer.Typography.For(index), layer.ParagraphEnds.Contains(index));
        var inner = InnerLayerPrior.For(lattice, words.Characters.Score, layer.InnerLayer);
        var emoji = EmojiNamePrior.For(lattice, layer.EmojiNames);
        // In a line that is itself mojibake (an outer layer that lost bytes), a rebuilt character is a byte of the inner
        // layer: what it spells there counts, not how it looks as a mark. After "ã" and before a space ” reads as a
        // closing quote, but its 0x94 makes the ご of E3 81 94 where „ (0x84) makes the い of ない.
        double Prior(int slot, int candidate) =>
            (lattice.Info[slot].Keepable == candidate ? KeepPenalty : 0) + (Takes(slot, candidate) > 0 ? TakeSpacePenalty : 0)
            + (inner?.Score(slot, candidate) ?? punctuation.Score(slot, candidate) + Chosen(slot, candidate) + Alphabet(slot, candidate)
                + AlphabeticWordDecoder.CaseFit(lattice.Slots, slot, candidate))
            + (emoji?.Score(slot, candidate) ?? 0);
        // How much likelier the document's sure choices elsewhere make a character where bytes were lost.
        double Chosen(int slot, int candidate) =>
            lattice.Info[slot].LostBytes > 0 ? layer.Choices.Score(lattice.Slots[slot], candidate) : 0;
        // How much likelier the document's alphabets make a letter where bytes were lost.
        double Alphabet(int slot, int candidate) =>
            lattice.Info[slot].LostBytes > 0 ? layer.Alphabet?.Score(lattice.Slots[slot], candidate, lattice.Info[slot].Keepable) ?? 0 : 0;
        int Takes(int slot, int candidate) => lattice.Info[slot].TakesSpace?.GetValueOrDefault(candidate) ?? 0;
        var path = decoder.Decode(lattice.Slots, Prior, Takes);
        // Per slot a later model decided (the word models, the emoji sequence table): what it chose, and how likely it
        // found each alternative.
        var decidedLater = new Dictionary<int, (int Chosen, (int CodePoint, double Probability)[] Ranked)>();
        // In a line that is itself mojibake (an outer layer that lost bytes), its rebuilt characters are bytes of the
        // inner layer, not letters or marks: words and typography do not apply, the inner layer's own repair will.
        if (inner is null)
        {
            // Where the character model chose to take a space, that character stays. The word models may still take a
            // space where it did not (根 of "æ ¹目录"), but a space costs them nothing (it is no word), so they would give
            // back one the character model, which prices it, chose to take: 源文件提 ‘ for 源文件树 ("æ ‘").
            var wordSlots = WordSegmentDecoder.PinTakers(lattice.Slots, path, Takes);
            Record(decidedLater, layer.Segmenter.Refine(wordSlots, path, decoder.Alternatives(wordSlots, path, Prior, Takes, WordSearchCandidates), Takes, Chosen), path);
            punctuation.Redecide(path, words.Characters.Score, Prior, words.IsWord);
            words.KeepKnownWords(lattice.Slots, path);
            Record(decidedLater, words.Refine(lattice.Slots, path), path);
            words.JoinAcrossTakenSpaces(lattice.Slots, path, Takes);
            words.ComposeMarks(lattice.Slots, path);
            AlphabeticWordDecoder.FollowCase(lattice.Slots, path);
            punctuation.PlaceUnits(path);
            punctuation.PairQuotes(path);
            punctuation.PairBrackets(path, words.Characters.Score);
            punctuation.PlaceFullWidthMarks(path, words.Characters.Score);
            emoji?.PreferNamed(lattice.Slots, path);
            Record(decidedLater, EmojiSequencePrior.CompleteSequences(lattice.Slots, path, s => lattice.Info[s].LostBytes), path);
        }
        else
        {
            PutBackLettersOfKnownWords(lattice, path, words);
        }
        PutBackLoneLeadsReadAsOtherScripts(lattice, path, layer.Scripts);
        // Runs written back as they stand: in a line of genuine text, those that read as noise; where all do, the line.
        // (Not in an inner layer of a text damaged whole: there a line's letters are the outer layer's reading, wrong
        // wherever it rebuilt a byte wrong, and say nothing of the runs beside them.)
        var putBack = new HashSet<int>();
        if ((layer.DamagedInPlaces || layer.Layer == 0) && layer.Mixed.Contains(index))
        {
            putBack = NoisyRuns(lattice, path, layer.Scripts);
            if (putBack.Count > 0 && lattice.Info.Where(i => i.Damaged is not null && i.Keepable is null).All(i => putBack.Contains(i.SpanId)))
            {
                return null;
            }
        }
        var alternatives = decoder.Alternatives(lattice.Slots, path, Prior, Takes);
        // Whether a kept letter is genuine is the model's own judgement, without the damage prior. A line whose outer
        // layer of mojibake was just undone quotes none: there a lone lead lost its bytes with the inner layer.
        // In a text damaged in places, or in a line whose damage is no example quoted, the genuine letters of its clean
        // text say nothing of the damage beside them.
        if (layer.Layer == 0 && !layer.DamagedInPlaces && !layer.DamagedText && !layer.DamageWithinWords.Contains(index) && !layer.LongStretches.Contains(index) && lattice.StrongCharacters > 0 && lattice.Info.Any(i => i.Keepable is not null)
            && KeepsGenuineText(lattice, path, decoder.Alternatives(lattice.Slots, path, (_, _) => 0, Takes)))
        {
            return null;
        }
        // (The characters of the line before are no text of this line that could quote its reading. A text damaged in
        // places repeats in its damage words its clean text holds; so does a sentence misread whole beside clean ones that
        // share its words (説明書 in "èª¬æ˜Žæ›¸"), though damage within words that a line also holds is an example
        // quoted ("Ã©Ã©n is what één looks like").)
        if (!layer.DamagedInPlaces && !layer.LongStretches.Contains(index) && QuotesItsOwnReading(own, path[context..]))
        {
            return null;
        }
        if (mustBeat is not null && RebuildsLettersOrSymbols(lattice, path) && LogLikelihood(path[context..]) <= LogLikelihood(CodePointReader.All(mustBeat)))
        {
            return null;
        }
        var line = new StringBuilder();
        var rebuilt = new List<RebuiltCharacter>();
        var unsure = new Dictionary<int, char[]>();
        var spans = new List<RepairedSpan>();
        var spanStart = -1;
        var spanConfidence = 1.0;
        var taken = 0;
        for (var s = context; s < path.Length; s++)
        {
            var info = lattice.Info[s];
            if (taken > 0)
            {
                // The space (and what follows it) were bytes of the character before it.
                taken--;
                continue;
            }
            if (info.Damaged is not null && putBack.Contains(info.SpanId))
            {
                line.Append(info.Damaged);
                continue;
            }
            if (info.TakesSpace is { } taking && taking.TryGetValue(path[s], out var slots))
            {
                taken = slots;
            }
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
            // A character rebuilt as a byte of the inner layer is weighed again there, with its rivals: which byte it was shows
            // in the character it makes with its neighbours in that layer, which this one sees only as bytes. Through
            // cp1254 twice, „ (0x84) and ” (0x94) both lose their last byte, and ” is the likelier mark, but only „ makes
            // the 各 of 各行 (E5 90 84) where ” makes 唐 or 協.
            if (inner is not null && !passedOn && info.LostBytes > 0 && path[s] <= 0xFFFF && alternatives.TryGetValue(s, out var weighed)
                && weighed.Where(a => a.CodePoint != path[s] && a.CodePoint <= 0xFFFF).Select(a => (char)a.CodePoint).ToArray() is { Length: > 0 } rivals)
            {
                unsure[line.Length] = rivals;
            }
            if (!passedOn)
            {
                line.Append(info.Original ?? char.ConvertFromUtf32(path[s]));
            }
            if (info.Damaged is not null && info.LostBytes > 0 && !passedOn)
            {
                // How sure the models that decided the character are: the word models or the emoji sequence table where
                // they decided it and it stayed as they chose (a later step may still change its case or punctuation),
                // else the character model.
                var ranked = decidedLater.TryGetValue(s, out var later) && later.Chosen == path[s]
                    ? later.Ranked
                    : alternatives.TryGetValue(s, out var alt) ? alt : [(path[s], 1.0)];
                var confidence = ranked.FirstOrDefault(a => a.CodePoint == path[s]).Probability;
                // The chosen character leads the list even where a later step overruled the model that ranked it.
                ranked = ranked.Where(a => a.CodePoint == path[s]).Concat(ranked.Where(a => a.CodePoint != path[s])).ToArray();
                spanConfidence = Math.Min(spanConfidence, confidence);
                rebuilt.Add(new RebuiltCharacter(
                    _lineOffset + index + 1,
                    column,
                    info.Damaged,
                    char.ConvertFromUtf32(path[s]),
                    info.LostBytes,
                    Math.Round(confidence, 4),
                    ranked.Take(3).Select(a => new RepairCandidate(char.ConvertFromUtf32(a.CodePoint), Math.Round(a.Probability, 4))).ToArray()));
            }
            if (spanStart >= 0 && (s + 1 == path.Length || lattice.Info[s + 1].SpanId != info.SpanId))
            {
                spans.Add(new RepairedSpan(lattice.SpanText(info.SpanId), line.ToString(spanStart, line.Length - spanStart), spanConfidence));
                spanStart = -1;
            }
        }
        return new DecodedLine(line.ToString(), rebuilt, spans, unsure);
    }

    // What a word model decided, slot by slot, as it stands in the path right after it.
    private static void Record(
        Dictionary<int, (int Chosen, (int CodePoint, double Probability)[] Ranked)> decided,
        IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> confidences,
        int[] path)
    {
        foreach (var (slot, ranked) in confidences)
        {
            decided[slot] = (path[slot], ranked);
        }
    }

    // The last characters of a line that ends inside Chinese or Japanese text (a Han character or kana, no space): the
    // context the next line continues; empty where the line ends otherwise (0 stands for a character not yet certain).
    private static int[] WrappedEnd(int[] text)
    {
        if (text.Length == 0 || text[^1] is not ((>= 0x3041 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)))
        {
            return [];
        }
        var start = text.Length - 1;
        if (start > 0 && WordSegmentDecoder.IsCjk(text[start - 1]))
        {
            start--;
        }
        return text[start..];
    }

    /// <summary>
    /// How a long Chinese or Japanese document ends its sentences, where the page keeps the bytes of 。 (E3 80 82): in the
    /// full-width stop ． where it holds no 。 (older translations, academic style), whose last byte (8E) cp1254 loses with
    /// that of ！ (81), and the models, knowing ！ far better, would end every sentence in an exclamation; in 。 where it
    /// holds several and no ． stood whole.
    /// </summary>
    private static PunctuationPrior.SentenceStops SentenceStopsOf(DocumentModel document, CodePage page) =>
        page.LostBytes.Contains((byte)0x80) || page.LostBytes.Contains((byte)0x82) || document.HanCharacters < EnoughHanForStops
            ? PunctuationPrior.SentenceStops.Unknown
            : document.Occurrences(0x3002) == 0 ? PunctuationPrior.SentenceStops.FullWidth
            : document.Occurrences(0x3002) >= EnoughStops && document.Occurrences(0xFF0E) == 0 ? PunctuationPrior.SentenceStops.Ideographic
            : PunctuationPrior.SentenceStops.Unknown;

    // The unsure characters of a line that stand in its run [start, end), by index in the run.
    private static Dictionary<int, char[]>? InRun(IReadOnlyDictionary<int, char[]>? unsure, int start, int end)
    {
        if (unsure is null)
        {
            return null;
        }
        Dictionary<int, char[]>? found = null;
        foreach (var (index, rivals) in unsure)
        {
            if (index >= start && index < end)
            {
                (found ??= [])[index - start] = rivals;
            }
        }
        return found;
    }

    /// <summary>
    /// The line's slots under <paramref name="page"/>; with <paramref name="spaceMayBeA0"/>, a space after a character
    /// that lacks its last byte may also be that byte, where it makes a character the model knows. The
    /// <paramref name="unsure"/> characters (by index in the line) may also stand for their rivals' bytes.
    /// </summary>
    private static Lattice BuildLattice(
        ReadOnlySpan<char> line, CodePage page, IReadOnlyList<byte> lost, Func<int, bool>? spaceMayBeA0 = null, IReadOnlyDictionary<int, char[]>? unsure = null,
        bool splitAtBreaks = false)
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
            // Genuine characters that open a run (continuation bytes with no lead) stay as they are; the run after them is
            // read on its own.
            for (var orphans = MisreadBytes.LeadingGenuine(line[start..i], page); orphans > 0; orphans--)
            {
                lattice.AddCertain(line[start], line[start].ToString());
                start++;
            }
            if (start == i)
            {
                continue;
            }
            // So do those that close it beyond what its last lead takes (a genuine » right after damage): the next round
            // keeps them as they are.
            i -= MisreadBytes.TrailingGenuine(line[start..i], page);
            if (splitAtBreaks && BreakIn(line[start..i], page, lost) is { } sound)
            {
                // The run is read up to where it stops being UTF-8 (see Measure); what breaks it stays as it is.
                if (sound == 0)
                {
                    lattice.AddCertain(line[start], line[start].ToString());
                    i = start + 1;
                    continue;
                }
                i = start + sound;
            }
            var run = line[start..i];
            var kind = MisreadBytes.Classify(run, page, lost);
            var units = kind == RunKind.NotMojibake ? null : MisreadBytes.Decode(run, page, lost, InRun(unsure, start, i));
            if (units is null)
            {
                foreach (var ch in run)
                {
                    lattice.AddCertain(ch, ch.ToString());
                }
                continue;
            }
            if (spaceMayBeA0 is not null && i < line.Length && line[i] == ' ' && units[^1].LostBytes > 0
                && WithSpaceAsA0(run, page, lost, units, spaceMayBeA0, line[..start], line[(i + 1)..], noBreakSpace: !splitAtBreaks) is { } taking)
            {
                units = taking.Units;
                lattice.AddSpan(run.ToString(), units, keepable: kind == RunKind.Weak, taking.TakeSpace);
                continue;
            }
            // A run of lone lead bytes may just as well be genuine text (é, ñ, â): the model may keep each as it is.
            lattice.AddSpan(run.ToString(), units, keepable: kind == RunKind.Weak);
        }
        return lattice;
    }

    /// <summary>
    /// The run's units where its last one, which lost bytes, may also take the byte A0 that the space after it stands
    /// for, as its last byte or before the continuation bytes that open <paramref name="afterSpace"/> (样 is E6 A0 B7:
    /// "æ ·"): its candidates every way, and how many slots after it each that takes the space takes. Null where A0
    /// completes no character there. With <paramref name="noBreakSpace"/>, the no-break space itself ("Â " of 175 °C) is
    /// one of them. Between a lead that stands apart and a word of plain letters, a space stays one where taking it makes
    /// a letter that glues to that word into none of the word table's (the clean "1.54 Å long" is no "Šlong"; "Ã s" is
    /// às; "45Â minuten" is 45 minuten with its no-break space); before a number, a space stays one where taking it
    /// glues a letter to the number (the "(Ă 12 mm)" of Ø through cp1250 is no "(à12 mm)"). Within a word the lead may go
    /// on into a word of a language the table lacks (Vietnamese "ThÃ nh").
    /// </summary>
    private static (List<DecodedUnit> Units, IReadOnlyDictionary<int, int> TakeSpace)? WithSpaceAsA0(
        ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost, List<DecodedUnit> units, Func<int, bool> known, ReadOnlySpan<char> beforeRun,
        ReadOnlySpan<char> afterSpace, bool noBreakSpace)
    {
        var last = units[^1];
        var splitOff = afterSpace[..MisreadBytes.LeadingContinuations(afterSpace, page)];
        var wordAfter = LeadingAsciiLetters(afterSpace);
        var apart = units.Count == 1 && splitOff.IsEmpty && (beforeRun.IsEmpty || !char.IsLetter(beforeRun[^1]));
        var apartBeforeAWord = apart && wordAfter.Length > 0 && (wordAfter.Length == afterSpace.Length || !char.IsLetter(afterSpace[wordAfter.Length]));
        var apartBeforeANumber = apart && !afterSpace.IsEmpty && char.IsAsciiDigit(afterSpace[0]);
        var tails = splitOff.IsEmpty
            ? new[] { ("\u00A0", 1) }
            : [("\u00A0", 1), (string.Concat("\u00A0", splitOff), 1 + splitOff.Length)];
        var takeSpace = new Dictionary<int, int>();
        // Where a second misreading is undone, a space read as a no-break space (C2 A0) changes nothing but the inner byte
        // (Ñ of "я ").
        foreach (var (tail, slots) in tails)
        {
            var withA0 = MisreadBytes.Decode(string.Concat(run, tail), page, lost);
            if (withA0 is null || withA0.Count != units.Count || withA0[^1].Start != last.Start || withA0[^1].Length != last.Length + tail.Length)
            {
                continue;
            }
            foreach (var c in withA0[^1].Candidates)
            {
                if ((c != '\u00A0' || noBreakSpace) && Array.IndexOf(last.Candidates, c) < 0 && known(c)
                    && (!apartBeforeAWord || !Rune.IsLetter(new Rune(c)) || AlphabeticWords.Shared.Contains([c, .. CodePointReader.All(wordAfter)]))
                    && !(apartBeforeANumber && Rune.IsLetter(new Rune(c))))
                {
                    takeSpace.TryAdd(c, slots);
                }
            }
        }
        if (takeSpace.Count == 0)
        {
            return null;
        }
        var merged = new List<DecodedUnit>(units);
        merged[^1] = last with { Candidates = [.. last.Candidates, .. takeSpace.Keys] };
        return (merged, takeSpace);
    }

    private static ReadOnlySpan<char> LeadingAsciiLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[n]))
        {
            n++;
        }
        return text[..n];
    }
}
