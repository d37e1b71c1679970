using System.Globalization;
using Reader.Core.Repair.Decoding;
using Reader.Core.Repair.Encodings;
using Reader.Core.Repair.LanguageModels;
using Reader.Core.Repair.Priors;

namespace Reader.Core.Repair;

/// <summary>Which code page misread the text, and which of its lines show the damage.</summary>
internal sealed partial class RepairSession
{
    private static bool ShouldFix(Evidence line, Evidence document)
    {
        if (line.Strong == 0)
        {
            // Only lone lead bytes (e.g. "â" for a curly quote whose other bytes were lost): worth decoding where the
            // document is clearly damaged, or damaged in places; each may still stay as it is if the model prefers that.
            return line.Weak > 0 && line.Clean == 0 && document.Strong > 0
                && (document.StrongChars >= 4 * document.CleanChars || DamagedInPlaces(document));
        }
        // A line that also holds text which cannot be mojibake (™, «, ö…) is only repaired when damage clearly dominates;
        // a lone mojibake-looking pair in a document full of genuine symbols is a quotation, not damage, unless it is
        // glued to Chinese or Japanese as one of their characters. (In a text damaged in places such a mixed line may
        // still be repaired: RepairLayer reads it when its reading is natural.)
        if (IsMixed(line))
        {
            return false;
        }
        return document.StrongChars >= document.CleanChars || line.Strong >= 2 || IsOneLongRun(line) || DamagedInPlaces(document)
            || line.Shape.BesideCjk > 0;
    }

    // A line that the page reads as one long damaged run and nothing else is damaged text, however many genuine quotes
    // and dashes the clean paragraphs hold: a line of Chinese dialogue misread whole is one run, its punctuation
    // included ("â€œæ‰“çƒŠäº†å—ï¼Ÿâ€ä»–é—®…"); an example quoted in a text about mojibake is a word or two.
    private static bool IsOneLongRun(Evidence line) => line.Strong == 1 && line.Clean == 0 && line.StrongChars >= LongRun;

    // Characters of such a run: eight CJK characters or a dozen accented letters misread.
    private const int LongRun = 24;

    // A line that holds both damage and text no misreading by the page made, the damage not clearly dominating.
    private static bool IsMixed(Evidence line) => line.Strong > 0 && line.Clean > 0 && line.Strong < 4 * line.Clean;

    // A lone pair in a document full of genuine symbols may be quoted; not in one that shows more pairs than a text about
    // mojibake quotes: that one is damaged in places, and its clean paragraphs say nothing of the damaged lines.
    private static bool DamagedInPlaces(Evidence document) => document.Strong > FewRunsToQuote || document.StrongChars > FewCharactersToQuote;

    private static int ChoosePage(Evidence[] totals)
    {
        // A page whose every run stands in lines it reads more as genuine text than as damage explains no damage, however
        // many genuine accents of clean paragraphs another page, which reads a whole damaged paragraph, cannot read.
        var mayBe = Enumerable.Range(0, totals.Length).Select(p => MayBeTheDamage(totals[p], CodePages.All[p])).ToArray();
        var someReadDamage = Enumerable.Range(0, totals.Length).Any(p => mayBe[p] && totals[p].StrongWhereDamage > 0);
        var best = -1;
        for (var p = 0; p < totals.Length; p++)
        {
            if (!mayBe[p] || (someReadDamage && totals[p].StrongWhereDamage == 0))
            {
                continue;
            }
            if (best < 0 || Compare(totals[p], totals[best]) is var order && order > 0
                || (order == 0 && CodePages.All[p].LostBytes.Count > CodePages.All[best].LostBytes.Count))
            {
                best = p;
            }
        }
        return best;

        // In a text damaged in places the lines a page reads as damage tell, not the genuine accents of clean
        // paragraphs, which each page reads as text of its own (é is a lone lead to latin-1, a stray continuation byte
        // to cp437); the whole text only where those lines tie.
        int Compare(Evidence a, Evidence b) => someReadDamage && a.FitWhereDamage != b.FitWhereDamage
            ? a.FitWhereDamage.CompareTo(b.FitWhereDamage)
            : a.FitBesideLoneLeads.CompareTo(b.FitBesideLoneLeads);
    }

    // Continuation bytes a page that keeps the bytes 80 to 9F must have lost, at the least, before the few of those
    // bytes its runs show tell against it; and how many lost bytes each such byte may stand for.
    private const int ManyMissing = 16;
    private const int MissingPerPresentC1 = 2;

    /// <summary>
    /// Whether the damage <paramref name="best"/> reads (a page that keeps the bytes 80 to 9F) is latin-1's without C1
    /// instead: its runs lost many continuation bytes but show few bytes 80 to 9F, which such a page keeps (a quarter of
    /// the continuation bytes of Chinese); and latin-1 explains the text as well, short only of what those few bytes
    /// gave the other page. In a text damaged in places, a genuine ” right after a damaged character reads through
    /// cp1254 as byte 94 of it, and outvoted the hundreds of bytes latin-1 lost.
    /// </summary>
    private static bool StrippedOfC1(Evidence[] totals, int best)
    {
        var page = CodePages.All[best];
        var shape = totals[best].Shape;
        var latin1 = totals[CodePages.Latin1];
        return best != CodePages.Latin1 && !page.LostBytes.Contains((byte)0x80) && page.LostBytes.Count > 0
            && shape.Missing >= ManyMissing && shape.PresentC1 * MissingPerPresentC1 < shape.Missing
            && latin1.FitBesideLoneLeads >= totals[best].FitBesideLoneLeads - (2 * shape.PresentC1)
            && MayBeTheDamage(latin1, CodePages.All[CodePages.Latin1]);
    }

    private static bool MayBeTheDamage(Evidence evidence, CodePage page) =>
        ReadsAsDamage(evidence, page)
        // A page that loses no byte leaves every lead with its continuation bytes: where it reads more characters as
        // genuine text than as mojibake (a lone "â" of latin-1 damage is no UTF-8 to Mac OS Roman), it is not the one;
        // unless the text is damaged in places and nearly all its runs read as accented letters and quotes ("ÔÇÖ" as ’
        // through cp850 beside a genuine ’), which clean text of such a page does not spell, or nearly all those in the
        // lines it reads more as mojibake than as genuine text do (a genuine "“É" of a clean paragraph is U+0483 to Mac
        // OS Roman); or more than a few of its runs stand in such lines (cp437 damage beside clean Russian, whose
        // Cyrillic cp437 has no byte for), or those runs are long (a line of Chinese dialogue misread whole, beside clean
        // lines whose genuine quotes the page cannot read), or some follow each other with no genuine letter between for
        // a long run's worth (a Russian sentence misread through Mac OS Roman after a longer clean one in its line), or
        // one is glued to Chinese or Japanese and reads as their characters ("！∩╝ü" of cp437): clean text spells UTF-8
        // by chance a word or two at a time, and not of CJK beside CJK.
        && (page.LostBytes.Count > 0 || evidence.Fit > 0 || evidence.Shape.BesideCjk > 0
            || (evidence.LatinStrong >= LatinRuns && evidence.LatinStrong >= LatinShare * evidence.Strong)
            || (evidence.LatinWhereDamage >= LatinRuns && evidence.LatinWhereDamage >= LatinShare * evidence.StrongWhereDamage)
            || (evidence.LatinInPlace >= FewLatinRunsInPlace && evidence.LatinStrong >= LatinShare * evidence.Strong)
            || evidence.StrongWhereDamage > FewRunsToQuote
            || (evidence.StrongWhereDamage > 0 && evidence.FitWhereDamage >= LongRun * evidence.StrongWhereDamage)
            || evidence.StretchChars > 0);

    // Whether a page reads runs of the text as damage of the shape it leaves, over the whole text, over the lines it
    // reads more as damage than as genuine text, where those hold a long run's worth of it (a sentence of Russian misread
    // through cp1251, beside clean ones whose every other letter is a lead byte to that page; not the one "ĂŞ" of a clean
    // Romanian heading), or over its long stretches of runs (the same sentence after a longer clean one in its line);
    // not a page that reads most of them as characters no text misread was written in (Mac OS Roman's "ÔÇÖ" is U+F085,
    // for private use; cp850's is ’).
    private static bool ReadsAsDamage(Evidence evidence, CodePage page) =>
        evidence.Strong > 0 && evidence.UnreadableStrong * 2 <= evidence.Strong
        && (LooksLikeDamage(evidence.Shape, page) || (evidence.FitWhereDamage >= LongRun && LooksLikeDamage(evidence.ShapeWhereDamage, page))
            || (evidence.StretchChars > 0 && LooksLikeDamage(evidence.StretchShape, page)));

    // How many of the strong runs, and what share of them, must read as Latin text for a page that loses no byte to be
    // taken on them alone.
    private const int LatinRuns = 4;

    // Fewer will do where they stand inside words of Latin letters ("LetΓÇÖs", "caf├⌐") or read as a dash or the euro
    // set off where such a mark stands ("21 ΓÇö in"), which neither a quoted example nor clean text of another script
    // shows: one damaged paragraph among clean ones may hold no more.
    private const int FewLatinRunsInPlace = 2;

    // A run in place that spells a typographic mark counts as two: three characters that read as ’ or — inside a word or
    // set off as one are seldom genuine text, where two that read as an accented letter may be (Romanian ĂŞ as ê,
    // German Ä° as İ through ISO-8859-2). So does one of symbols alone that reads as a letter (Ingredi├½nten, √´ for ë):
    // no word is written with them.
    private const int MarkRunInPlace = 2;
    private const double LatinShare = 0.9;

    // How a page that loses no byte reads a strong run: as accented Latin letters (Latin-1, Latin Extended-A) and
    // typographic punctuation (– — ‘ ’ “ ” … € →) or emoji (with their selector and joiner) alone, or as some character
    // no text is written in (private use, unassigned), which MisreadBytes.Decode does not return. An emoji is four bytes
    // that clean text of such a page spells by chance no more than it does the three of ’ ("≡ƒÖé" is 🙂 through cp437).
    private static RunReading ReadingOf(ReadOnlySpan<char> run, CodePage page) =>
        page.LostBytes.Count > 0 ? RunReading.Other
        : MisreadBytes.Decode(run, page, page.LostBytes) is not { } units ? RunReading.Unreadable
        : !units.TrueForAll(u => u.Candidates is [var c]
            && (c is (>= 0xA0 and <= 0x17F) or (>= 0x2013 and <= 0x2026) or 0x20AC or 0x200D or PunctuationPrior.EmojiSelector || IsArrow(c) || IsEmoji(c)))
            ? RunReading.Other
        : units.Exists(u => u.Candidates[0] >= 0x2013) ? RunReading.LatinMark
        : RunReading.Latin;

    // How much a strong run counts as Latin damage in place: inside a word of Latin letters or set off as a mark. A mark
    // set off where it stands (½ between words, as "¬Ω" through Mac OS Roman) counts as a typographic mark does.
    private static int InPlaceWeight(RunReading reading, ReadOnlySpan<char> line, int start, int end, CodePage page)
    {
        if (reading is not (RunReading.Latin or RunReading.LatinMark))
        {
            return 0;
        }
        var setOff = IsSetOffMark(line, start, end, page);
        return !(char.IsAsciiLetter(At(line, start - 1)) || char.IsAsciiLetter(At(line, end)) || setOff) ? 0
            : reading == RunReading.LatinMark || setOff || IsWordless(line[start..end]) ? MarkRunInPlace : 1;
    }

    // Whether no word is written with the run: it holds no letter, or box drawing beside one (cp866 "├л" and KOI8-R "ц╚"
    // of ë). A run of letters may be genuine (Romanian ĂŞ).
    private static bool IsWordless(ReadOnlySpan<char> run) =>
        run.IndexOfAnyInRange('\u2500', '\u259F') >= 0 || !HasLetter(run);

    private static bool HasLetter(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private enum RunReading
    {
        Other,
        Latin,
        // Latin text with a typographic mark or an emoji, each of which is a run of three or four characters (LetΓÇÖs).
        LatinMark,
        Unreadable,
    }

    // How much more likely (natural log, summed over the decoded characters) one page's reading must be than another's
    // that explains the text as well before it wins: less is the noise of the model over a line.
    private const double ClearlyMoreNatural = 4;

    // What a C1 control in a page's reading costs it: no text is written with them, but the character model scores them
    // as any character it never saw (cp1252 reads the "ÂŒ" of ISO-8859-15's ¼ as U+008C).
    private const double ControlCost = 2 * ClearlyMoreNatural;

    private static bool IsC1Control(int c) => c is >= 0x80 and <= 0x9F;

    // How much the words a page's reading rebuilds with a letter outside ASCII gain from being known words: the
    // character model, drawn from CJK and Cyrillic text, hardly tells "não é" from "não Ê" (é through ISO-8859-2 is
    // "ĂŠ", which cp1250 reads as C3 8A), the word table does.
    private static double KnownWordsRead(Lattice lattice, int[] reading)
    {
        var gain = 0.0;
        var i = 0;
        while (i < reading.Length)
        {
            if (!AlphabeticWordDecoder.IsAlphabetic(reading[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var rebuilt = false;
            for (; i < reading.Length && AlphabeticWordDecoder.IsAlphabetic(reading[i]); i++)
            {
                rebuilt |= reading[i] > 0x7F && lattice.Info[i].Damaged is not null;
            }
            if (rebuilt && AlphabeticWords.Shared.IndexOf(reading.AsSpan(start, i - start)) is { } word)
            {
                gain += Math.Max(0, AlphabeticWords.Shared.LogProbability(word) - AlphabeticWordDecoder.UnknownWord);
            }
        }
        return gain;
    }

    /// <summary>
    /// Among pages that explain the text equally well, the one whose decoded characters the model finds most natural:
    /// ISO-8859-2 and cp1250 both read "aĂąo" as UTF-8, but only one as "año". Where the readings agree (cp1252 and
    /// cp1254 on Chinese), the order of <see cref="ChoosePage"/> stands. Once a page is taken for the damage, a page
    /// that loses no byte competes however few runs it reads: the damage is shown, only its reading is in question
    /// ("IngrediĂŤnten" is ë through ISO-8859-2, Í through cp1250).
    /// </summary>
    private int MostNaturalOfEqual(int best, Evidence[] totals, string text, List<(int Start, int Length)> lines, Evidence[]?[] lineEvidence)
    {
        var pages = CodePages.All;
        var tied = Enumerable.Range(0, pages.Count)
            .Where(p => p != best && Tie(totals[p], totals[best]) && ReadsAsDamage(totals[p], pages[p]) && !ReadAlike(pages[p], pages[best]))
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

        // Pages explain the text equally well over the whole of it, or over the lines they read as damage where it is
        // damaged in places: there the genuine accents of clean paragraphs count for one page and against another (é is
        // a lone lead to latin-1, a stray continuation byte to cp850).
        static bool Tie(Evidence a, Evidence b) => a.FitBesideLoneLeads == b.FitBesideLoneLeads
            || (a.StrongWhereDamage > 0 && b.StrongWhereDamage > 0 && a.FitWhereDamage == b.FitWhereDamage);

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
                    var line = text.AsSpan(lines[l].Start, lines[l].Length);
                    // Read without rebuilding lost bytes: the model leaves an undecided character out, and a page that
                    // lacks bytes would leave out every genuine accent of a clean sentence (a lone lead to it) that the
                    // other reading pays for.
                    var lattice = BuildLattice(line, pages[p], []);
                    var reading = lattice.CertainText();
                    sum += NaturalnessGain(line, lattice) - (ControlCost * reading.Count(IsC1Control)) + KnownWordsRead(lattice, reading);
                }
            }
            return sum;
        }
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
            && (shape.Complete > 0 || shape.BesideCjk > 0 || lost > FewLost || shape.Present >= MostlyThere * shape.Needed);
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

    /// <summary>
    /// What <paramref name="line"/> shows of misreading by <paramref name="page"/>. With <paramref name="splitAtBreaks"/>
    /// (a line whose outer layer was just undone), a run is judged up to where it stops being UTF-8, and the rest on its
    /// own: one inner byte the outer layer rebuilt wrong (Đ for the č of 賣) leaves the rest of a line of Chinese, one run
    /// without spaces, no less damaged.
    /// </summary>
    private static Evidence Measure(ReadOnlySpan<char> line, CodePage page, ref long softHyphens, bool splitAtBreaks = false)
    {
        var evidence = default(Evidence);
        long weakNeeded = 0;
        // The strong runs since the last genuine letter: a misread sentence of a script without Latin letters is one
        // stretch of them, spaces and stops between its words; clean text spells UTF-8 a word or two at a time.
        var stretch = new Stretch();
        // Where a run would start that a space parts from a run whose last character lacks bytes.
        var splitAt = -1;
        var i = 0;
        while (i < line.Length)
        {
            if (!InPage(line[i], page))
            {
                if (CodePages.IsSuspicious(line[i]))
                {
                    // Looks like mojibake of another page but this one has no byte for it.
                    CountGenuine(1);
                }
                else if (char.IsLetter(line[i]))
                {
                    stretch.End(ref evidence);
                }
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && InPage(line[i], page))
            {
                i++;
            }
            // Genuine characters that close a run (a » right after damage, or ” after it in Mac OS Roman) are judged by the
            // next round, as characters that open a run.
            i -= MisreadBytes.TrailingGenuine(line[start..i], page);
            // Genuine characters that open a run (©, «) count as genuine text, unless a space parts them from a character
            // that lacks its last bytes ("æ ·" of 样, whose A0 became a plain space); the run after them is judged on its own.
            var orphans = MisreadBytes.LeadingGenuine(line[start..i], page);
            var split = start == splitAt;
            splitAt = i < line.Length && line[i] == ' ' && MisreadBytes.EndsIncomplete(line[start..i], page) ? i + 1 : -1;
            if (orphans > 0)
            {
                if (!split)
                {
                    CountGenuine(orphans);
                }
                start += orphans;
                if (start == i)
                {
                    continue;
                }
            }
            if (splitAtBreaks && BreakIn(line[start..i], page, page.LostBytes) is { } sound)
            {
                if (sound == 0)
                {
                    CountGenuine(1);
                    i = start + 1;
                    continue;
                }
                i = start + sound;
            }
            var length = i - start;
            var run = line[start..i];
            switch (MisreadBytes.Classify(run, page, page.LostBytes, out var shape))
            {
                case RunKind.Strong:
                    var reading = ReadingOf(run, page);
                    if (ReadsAsCjkBeside(line, start, i, page))
                    {
                        shape = shape with { BesideCjk = 1 };
                    }
                    evidence = evidence with
                    {
                        Strong = evidence.Strong + 1, StrongChars = evidence.StrongChars + length, Shape = evidence.Shape.Add(shape),
                        LatinStrong = evidence.LatinStrong + (reading is RunReading.Latin or RunReading.LatinMark ? 1 : 0),
                        LatinInPlace = evidence.LatinInPlace + InPlaceWeight(reading, line, start, i, page),
                        UnreadableStrong = evidence.UnreadableStrong + (reading == RunReading.Unreadable ? 1 : 0),
                    };
                    softHyphens += run.Count('\u00AD');
                    stretch.Add(length, shape);
                    break;
                case RunKind.Weak:
                    evidence = evidence with { Weak = evidence.Weak + 1 };
                    weakNeeded += IsAccentInWord(line, start, i, page) ? 0 : shape.Needed;
                    break;
                default:
                    CountGenuine(length);
                    if (page.LostBytes.Count == 0 && MisreadBytes.Classify(run, page, s_anyLost) == RunKind.Weak)
                    {
                        evidence = evidence with { LoneLeadChars = evidence.LoneLeadChars + length };
                    }
                    break;
            }
        }
        stretch.End(ref evidence);
        // Lone leads count towards the shape only in a line that also has pairs (in clean Ukrainian, Ці beside
        // параметри): a clean accented paragraph beside damaged ones is full of them and says nothing of the damage.
        if (evidence.Strong == 0)
        {
            return evidence;
        }
        var lineShape = evidence.Shape.Add(new RunShape(weakNeeded, 0, 0));
        var damage = evidence.FitBesideLoneLeads > 0;
        return evidence with
        {
            Shape = lineShape, StrongWhereDamage = damage ? evidence.Strong : 0, FitWhereDamage = Math.Max(0, evidence.FitBesideLoneLeads),
            LatinWhereDamage = damage ? evidence.LatinStrong : 0, ShapeWhereDamage = damage ? lineShape : default,
        };

        // Genuine text (a run of it, chars long) counts against the page, and parts the stretch of runs before it.
        void CountGenuine(long chars)
        {
            evidence = evidence with { Clean = evidence.Clean + 1, CleanChars = evidence.CleanChars + chars };
            stretch.End(ref evidence);
        }
    }

    // Whether the run touches a genuine CJK character and reads as CJK characters only ("！ďĽ" is ！！ through cp1250,
    // its last byte lost). Not one a bracket or quote sets off: 「ã“ã‚“ã«ã¡ã¯」 quotes what こんにちは looks like misread.
    private static bool ReadsAsCjkBeside(ReadOnlySpan<char> line, int start, int end, CodePage page) =>
        (IsCjkInText(At(line, start - 1)) || IsCjkInText(At(line, end)))
        && MisreadBytes.Decode(line[start..end], page, page.LostBytes) is { } units
        && units.TrueForAll(u => u.Candidates.Length > 0 && Array.TrueForAll(u.Candidates, WordSegmentDecoder.IsCjk));

    private static bool IsCjkInText(char c) =>
        WordSegmentDecoder.IsCjk(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation);

    // The strong runs of a line since its last genuine letter; a stretch of a long run's worth of characters counts.
    private struct Stretch
    {
        private long _chars;
        private RunShape _shape;

        public void Add(int chars, RunShape shape)
        {
            _chars += chars;
            _shape = _shape.Add(shape);
        }

        public void End(ref Evidence evidence)
        {
            if (_chars >= LongRun)
            {
                evidence = evidence with { StretchChars = evidence.StretchChars + _chars, StretchShape = evidence.StretchShape.Add(_shape) };
            }
            this = default;
        }
    }

    // A page that lacks only a few bytes seldom loses two in a row: there lone leads of three or four bytes beside a Latin
    // letter (the é of café, ã of não, ï of naïef, the "çã" of complicação, "éé" of één) or standing as a word of their
    // own (Portuguese é, French à) are genuine accented letters, not damage the page must explain; ones that spell nothing
    // written within words (CJK, private use) once their bytes are rebuilt. (E2 is the lead of the typographic marks,
    // whose lone "â" latin-1 without C1 leaves inside words: zoân, âHeb.)
    private const int FewLostBytes = 16;

    private static bool IsAccentInWord(ReadOnlySpan<char> line, int start, int end, CodePage page)
    {
        if (page.LostBytes.Count >= FewLostBytes)
        {
            return false;
        }
        foreach (var c in line[start..end])
        {
            if (page.ByteOf(c) is not (>= 0xE0 and <= 0xF4) or 0xE2)
            {
                return false;
            }
        }
        return char.IsAsciiLetter(At(line, start - 1)) || char.IsAsciiLetter(At(line, end))
            || (char.IsWhiteSpace(At(line, start - 1)) && !char.IsLetterOrDigit(At(line, end)));
    }

    /// <summary>
    /// True when every run of <paramref name="line"/> that reads as UTF-8 under <paramref name="page"/> with its
    /// continuation bytes (not a lone lead) touches a letter or digit on one side or the other (past a full stop or
    /// comma), as damage within words does (Â£1 too), or is a mark set off as one (a dialogue's "â€” O", "â‚¬ 64"), or,
    /// beside one that does, reads as a word of its own between words (à).
    /// </summary>
    private static bool DamageWithinWords(ReadOnlySpan<char> line, CodePage page)
    {
        var runs = StrongRuns(line, page);
        var wordsOfTheirOwn = 0;
        foreach (var (start, end) in runs)
        {
            if (IsSetOffMark(line, start, end, page))
            {
                continue;
            }
            var letter = LetterTouching(line, start - 1, -1) ?? LetterTouching(line, end, +1);
            // Beside damage within a word, one that reads as a word of its own between words is damage too ("avÃ³, ao
            // domingo Ã  tarde" of "avó, ao domingo à tarde"); alone, it may be an example quoted ("see Ã© for é").
            if (letter is null && IsKnownWordOfItsOwn(line, start, end, page))
            {
                wordsOfTheirOwn++;
                continue;
            }
            // And becomes what fits there: a mark, or a letter of the word's own script, or beside a number of any
            // script people write in ("2.Ã‚Âª" of 2.ª misread twice), or a character that is a byte of an inner layer
            // to some page (the ˇ of "mÄ‚Ë‡s", más misread twice). A clean Czech name the page reads as UTF-8 (Lukáš,
            // "áš" as E1 9A) would become a runic letter, whatever byte it lost. (A character that lost a byte may be one
            // that fits, though others that share its bytes do not: € of "â¬1.20" through latin-1, or Ⅼ.)
            if (letter is not { } touching || MisreadBytes.Decode(line[start..end], page, page.LostBytes) is not { } units
                || units.Any(u => u.Candidates.Length > 0 && u.Candidates.All(c => IsForeignBeside(c, touching))))
            {
                return false;
            }
        }
        return runs.Count > wordsOfTheirOwn;
    }

    // Whether a character read beside a letter or digit is a letter of a script that does not go there: another than the
    // letter's, or beside a digit one that no number is written with. (A byte of an inner layer goes anywhere.)
    private static bool IsForeignBeside(int c, char touching) =>
        !MayBeInnerByte(c) && InnerLayerPrior.ScriptOf(c) is var script && script != InnerLayerPrior.Script.None
        && (char.IsDigit(touching) ? script == InnerLayerPrior.Script.Other : script != InnerLayerPrior.ScriptOf(touching));

    // Whether line[start..end] stands between two words as one of its own, or ends a wrapped line after one ("breyttist
    // Ã¡" of á), that reads, with no byte lost, as a word the word table knows (à, é), through the page once or twice
    // ("ÃƒÂ " is "Ã " is à).
    private static bool IsKnownWordOfItsOwn(ReadOnlySpan<char> line, int start, int end, CodePage page) =>
        (StandsBetweenWords(line, start, end) || EndsLineAfterWord(line, start, end)) && ReadsAsKnownWord(line[start..end], page, 2);

    // Whether line[start..end] follows a word and a space, and nothing but spaces follows it.
    private static bool EndsLineAfterWord(ReadOnlySpan<char> line, int start, int end) =>
        start > 1 && line[start - 1] == ' ' && char.IsLetter(line[start - 2]) && line[end..].IsWhiteSpace();

    // Whether line[start..end] stands between two words, a space on either side.
    private static bool StandsBetweenWords(ReadOnlySpan<char> line, int start, int end) =>
        start > 1 && line[start - 1] == ' ' && char.IsLetter(line[start - 2])
        && end + 1 < line.Length && line[end] == ' ' && char.IsLetter(line[end + 1]);

    // Whether the run reads, every byte there, as letters the word table knows as a word; or, misread again, as a run
    // that does, within the given layers.
    private static bool ReadsAsKnownWord(ReadOnlySpan<char> run, CodePage page, int layers)
    {
        if (MisreadBytes.Decode(run, page, page.LostBytes) is not { } units || !units.TrueForAll(u => u.LostBytes == 0 && u.Candidates.Length == 1))
        {
            return false;
        }
        var reading = units.Select(u => u.Candidates[0]).ToArray();
        if (Array.TrueForAll(reading, AlphabeticWordDecoder.IsAlphabetic))
        {
            return AlphabeticWords.Shared.Contains(reading);
        }
        return layers > 1 && Array.TrueForAll(reading, c => c <= char.MaxValue && InPage((char)c, page))
            && ReadsAsKnownWord(string.Concat(reading.Select(c => (char)c)), page, layers - 1);
    }

    /// <summary>
    /// Whether line[start..end] reads as nothing but a mark set off where the mark stands in text: a dash or a bullet
    /// (– — •) before a space and a word, where the line starts or after a space; the euro sign beside
    /// an amount (€ 64); the sign of a unit after one (175 °C, 1–3 Å, 20 µm), and one of a number before it (± 0.5,
    /// 3 × 4), as the copyright sign stands before its year (© 2024); a fraction after a whole number (1½) or between
    /// words (sap van ½ citroen); an arrow between words or leading one (Settings → Displays); an emoji set off by spaces
    /// (advertise 📻 — people). (A table that lists mojibake sets it between a column's bars.) Misread twice too.
    /// </summary>
    private static bool IsSetOffMark(ReadOnlySpan<char> line, int start, int end, CodePage page)
    {
        // Where the run stands is looked at first: most runs stand in no such place, and reading them costs more.
        // (A dash's place holds whatever stands before the space: a word, a sentence's mark, or damage of its own,
        // "📻 — people".)
        var dashPlace = end + 1 < line.Length && line[end] == ' ' && char.IsLetterOrDigit(line[end + 1])
            && (line[..start].IsWhiteSpace() || line[start - 1] == ' ');
        var digitBefore = DigitAt(line, start - 1, -1);
        var digitAfter = DigitAt(line, end, +1);
        var betweenWords = StandsBetweenWords(line, start, end);
        // (A sentence's mark may follow it before the space: "en casa 🍳, con".)
        var after = end < line.Length && IsSentenceMark(line[end]) ? end + 1 : end;
        var spaced = (start == 0 || line[start - 1] == ' ') && (after == line.Length || line[after] == ' ');
        if (!(dashPlace || digitBefore || digitAfter || betweenWords || spaced))
        {
            return false;
        }
        foreach (var mark in MarksOf(line[start..end], page))
        {
            var setOff = mark is 0x2013 or 0x2014 or 0x2022 ? dashPlace
                : mark == 0x20AC ? digitAfter || digitBefore
                : IsUnitSign(mark) ? digitBefore
                : IsSignOfANumber(mark) || mark == CopyrightSign ? digitAfter
                : IsArrow(mark) ? betweenWords || dashPlace
                : IsEmoji(mark) ? spaced
                : IsVulgarFraction(mark) && (digitBefore || betweenWords);
            if (setOff)
            {
                return true;
            }
        }
        return false;
    }

    // Whether every run of the line that reads as UTF-8 with its continuation bytes is a mark set off where it stands.
    private static bool SetsOffMarksOnly(ReadOnlySpan<char> line, CodePage page)
    {
        var runs = StrongRuns(line, page);
        foreach (var (start, end) in runs)
        {
            if (!IsSetOffMark(line, start, end, page))
            {
                return false;
            }
        }
        return runs.Count > 0;
    }

    // A sign of a unit written after a number: degrees, micro, ångström, ohm, per mille, degrees Celsius and Fahrenheit,
    // minutes and seconds of arc ("1–3 Å", "20 µm", "5 ‰").
    private static bool IsUnitSign(int c) =>
        c is 0x00B0 or 0x00B5 or 0x00C5 or 0x03A9 or 0x2030 or 0x2032 or 0x2033 or 0x2103 or 0x2109 or 0x2126 or 0x212B;

    private const int CopyrightSign = 0x00A9;

    // A sign written before a number, or between two: plus-minus, times, minus, about ("± 0.5", "3 × 4", "≈ 12").
    private static bool IsSignOfANumber(int c) => c is 0x00B1 or 0x00D7 or 0x2212 or 0x2248;

    private static bool IsVulgarFraction(int c) => c is (>= 0x00BC and <= 0x00BE) or (>= 0x2150 and <= 0x215E);

    private static bool IsArrow(int c) => c is >= 0x2190 and <= 0x21FF;

    // Pictographs, emoticons and the other emoji of the supplementary planes (🐈, 📻, 🥰).
    private static bool IsEmoji(int c) => c is >= 0x1F000 and <= 0x1FAFF;

    // The most readings of a run misread twice whose outer layer lost bytes that are tried for a mark.
    private const int MarkReadings = 64;

    // The most characters the outer reading of a mark misread twice may have: the four bytes of an emoji and the three of
    // the selector that asks for its emoji form.
    private const int MarkBytes = 7;

    // The one character a run reads as with no byte lost (or each it may be, where it lost one), through the page once
    // or, misread twice, twice ("Ã¢â‚¬â€" and its kept 0x9D are "â€”", which is —); none where it reads as more.
    // Misread twice, the outer reading may have lost bytes of its own ("Ã¢â‚¬â€" without the 0x9D): the run may then be
    // each character that one of the characters those bytes could have made spells through the page again (—, or the
    // U+2004 of "â€„").
    private static List<int> MarksOf(ReadOnlySpan<char> run, CodePage page)
    {
        var marks = new List<int>();
        if (MisreadBytes.Decode(run, page, page.LostBytes) is not { } units
            || units.Exists(u => u.Candidates.Length == 0 || (u.Candidates.Length != 1 && u.LostBytes == 0)))
        {
            return marks;
        }
        // The selector that asks for a mark's emoji form goes with it (🕊️ of "ðŸ•Šï¸", whose U+FE0F lost its 8F).
        if (units.Count > 1 && Array.IndexOf(units[^1].Candidates, PunctuationPrior.EmojiSelector) >= 0)
        {
            units.RemoveAt(units.Count - 1);
        }
        if (units is [{ Candidates: [var mark], LostBytes: 0 }])
        {
            marks.Add(mark);
            return marks;
        }
        // (A mark that lost one byte: € of "â¬ 312" through latin-1 without C1.)
        if (units is [{ LostBytes: 1 } unit])
        {
            marks.AddRange(unit.Candidates);
            return marks;
        }
        // A mark is a few bytes, each of them a character once (an emoji and its selector seven): a run whose outer
        // reading leaves many ways open is text.
        if (units.Count == 1 || units.Count > MarkBytes || units.Aggregate(1L, (n, u) => n * u.Candidates.Length) > MarkReadings)
        {
            return marks;
        }
        foreach (var once in Readings(units, 0, ""))
        {
            if (InnerMark(once, page) is { } inner && !marks.Contains(inner))
            {
                marks.Add(inner);
            }
        }
        return marks;

        // The one mark a reading spells through the page, or through another where the inner layer was misread by
        // another page ("Ä‚â€¦" is "Ă…" to cp1252, which is Å to cp1250), with the selector of its emoji form (which may
        // have lost its last byte, 8F, to the inner layer).
        static int? InnerMark(string once, CodePage page)
        {
            foreach (var inner in CodePages.All.Prepend(page).Distinct())
            {
                if (MisreadBytes.Decode(once, inner, inner.LostBytes) is [{ Candidates: [var mark], LostBytes: 0 }, ..] units
                    && (units.Count == 1 || (units.Count == 2 && Array.IndexOf(units[1].Candidates, PunctuationPrior.EmojiSelector) >= 0)))
                {
                    return mark;
                }
            }
            return null;
        }

        // Each string the units may have read as once: few, as only a unit that lost bytes has more than one.
        static IEnumerable<string> Readings(List<DecodedUnit> units, int from, string prefix)
        {
            if (from == units.Count)
            {
                yield return prefix;
                yield break;
            }
            foreach (var candidate in units[from].Candidates)
            {
                foreach (var reading in Readings(units, from + 1, prefix + char.ConvertFromUtf32(candidate)))
                {
                    yield return reading;
                }
            }
        }
    }

    // Whether a digit stands at line[at], or past one space there in the direction of step.
    private static bool DigitAt(ReadOnlySpan<char> line, int at, int step) =>
        char.IsAsciiDigit(At(line, At(line, at) == ' ' ? at + step : at));

    /// <summary>
    /// True when a lead byte of <paramref name="line"/> that lost its continuation bytes reads as a capital right after a
    /// small letter ("seguÃa", "asÃ" of seguía and así through cp1254 with its soft hyphens stripped): damage within a
    /// word, which no genuine word is spelt with.
    /// </summary>
    private static bool LoneLeadWithinWord(ReadOnlySpan<char> line, CodePage page)
    {
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsUpper(c) && char.IsLower(line[i - 1]) && InPage(c, page) && MisreadBytes.SequenceLength(page.ByteOf(c)) > 1
                && (i + 1 == line.Length || !InPage(line[i + 1], page) || page.ByteOf(line[i + 1]) is < 0x80 or > 0xBF))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the damage of the line reads as letters of the scripts its other letters are of, and only those: Cyrillic
    // misread beside Cyrillic, Chinese beside Chinese.
    private static bool ReadsAsItsOwnScript(ReadOnlySpan<char> line, CodePage page)
    {
        var runs = StrongRuns(line, page);
        var own = new HashSet<InnerLayerPrior.Script>();
        var read = new HashSet<InnerLayerPrior.Script>();
        var at = 0;
        foreach (var (start, end) in runs)
        {
            AddScripts(line[at..start], own);
            at = end;
            if (MisreadBytes.Decode(line[start..end], page, page.LostBytes) is not { } units)
            {
                return false;
            }
            foreach (var unit in units)
            {
                if (unit.Candidates is [var c] && InnerLayerPrior.ScriptOf(c) is var script and not InnerLayerPrior.Script.None)
                {
                    read.Add(script);
                }
            }
        }
        AddScripts(line[at..], own);
        return read.Count > 0 && read.IsSubsetOf(own);

        static void AddScripts(ReadOnlySpan<char> text, HashSet<InnerLayerPrior.Script> scripts)
        {
            foreach (var c in text)
            {
                if (InnerLayerPrior.ScriptOf(c) is var script and not InnerLayerPrior.Script.None)
                {
                    scripts.Add(script);
                }
            }
        }
    }

    // Whether a lead of two bytes stands before a space, which may be its byte A0 ("4 Ã  5" of "4 à 5").
    private static bool LeadBeforeSpace(ReadOnlySpan<char> line, CodePage page)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == ' ' && InPage(line[i - 1], page) && MisreadBytes.SequenceLength(page.ByteOf(line[i - 1])) == 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the runs of <paramref name="line"/> stand that read as UTF-8 under <paramref name="page"/> with their
    /// continuation bytes (not lone leads): strong evidence of damage, or a quoted example of it.
    /// </summary>
    private static List<(int Start, int End)> StrongRuns(ReadOnlySpan<char> line, CodePage page)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < line.Length)
        {
            if (!InPage(line[i], page))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && InPage(line[i], page))
            {
                i++;
            }
            if (MisreadBytes.Classify(line[start..i], page, page.LostBytes) == RunKind.Strong)
            {
                runs.Add((start, i));
            }
        }
        return runs;
    }

    // The letter or digit at line[at], or past a full stop or comma there (stap.â€™) in the direction of step, the
    // ideographic ones too (登ってきました！ï¼ of ！！); null for none.
    private static char? LetterTouching(ReadOnlySpan<char> line, int at, int step)
    {
        if (at >= 0 && at < line.Length
            && (IsSentenceMark(line[at]) || line[at] is '\u3001' or '\u3002' or '\uFF0C' or '\uFF1B' or '\uFF1A' or '\uFF01' or '\uFF1F'))
        {
            at += step;
        }
        return at >= 0 && at < line.Length && char.IsLetterOrDigit(line[at]) ? line[at] : null;
    }

    // A full stop, comma or other mark that ends a sentence or a clause.
    private static bool IsSentenceMark(char c) => c is '.' or ',' or ';' or ':' or '!' or '?';

    // Where a run that is no UTF-8 as a whole stops being UTF-8 (see MisreadBytes.SoundPrefix); null for a whole one.
    private static int? BreakIn(ReadOnlySpan<char> run, CodePage page, IReadOnlyList<byte> lost) =>
        MisreadBytes.Classify(run, page, lost) == RunKind.NotMojibake && MisreadBytes.SoundPrefix(run, page, lost) is var sound && sound < run.Length
            ? sound
            : null;

    // Classifies a run as a page that loses bytes would: lone leads are then weak evidence rather than genuine text.
    private static readonly byte[] s_anyLost = [0x80];

    private static bool InPage(char ch, CodePage page) => ch >= '\u0080' && (ch == '\uFFFD' || page.ByteOf(ch) >= 0x80);

    // The character at index in line, or a space outside it.
    private static char At(ReadOnlySpan<char> line, int index) => index >= 0 && index < line.Length ? line[index] : ' ';
}
