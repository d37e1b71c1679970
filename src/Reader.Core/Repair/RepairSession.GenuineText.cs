using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Reader.Core.Repair.Decoding;
using Reader.Core.Repair.Encodings;
using Reader.Core.Repair.LanguageModels;
using Reader.Core.Repair.Priors;

namespace Reader.Core.Repair;

/// <summary>When a reading stays as written: text that only looks like mojibake, or explains it.</summary>
internal sealed partial class RepairSession
{
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
            if (lattice.Info[s].Keepable is { } original && path[s] == original && !JoinsAnotherScript(path, s)
                && alternatives.TryGetValue(s, out var ranked) && ranked.First(a => a.CodePoint == original).Probability >= SureKeep)
            {
                kept++;
            }
        }
        return kept > 0 && lattice.StrongCharacters > 0 && lattice.StrongCharacters < 4 * kept;
    }

    // A letter glued to a letter of another alphabet ("Гyvind", Øyvind through cp1251) is no genuine letter, however
    // sure the character model, which knows neither, is of it: words do not mix Latin, Greek and Cyrillic.
    private static bool JoinsAnotherScript(int[] path, int s)
    {
        var script = Alphabet(path[s]);
        return script != InnerLayerPrior.Script.None
            && ((s > 0 && Alphabet(path[s - 1]) is var before && before != InnerLayerPrior.Script.None && before != script)
                || (s + 1 < path.Length && Alphabet(path[s + 1]) is var after && after != InnerLayerPrior.Script.None && after != script));
    }

    // The alphabet (Latin, Greek or Cyrillic) a character is a letter of; None for any other.
    private static InnerLayerPrior.Script Alphabet(int c) => InnerLayerPrior.ScriptOf(c) is var script
        && script is InnerLayerPrior.Script.Latin or InnerLayerPrior.Script.Greek or InnerLayerPrior.Script.Cyrillic
            ? script
            : InnerLayerPrior.Script.None;

    // Whether some page shows a byte as the character: it may be a byte of an inner layer (the Ð of Ð” under ÃÂ).
    private static bool MayBeInnerByte(int c) => c <= char.MaxValue && CodePages.IsSuspicious((char)c);

    // Letters a script must show in the text's certain characters before a rebuilt one may be of it, and the share of
    // them: a page that reads clean words of its own script as UTF-8 (cp866) scatters a few letters of others.
    private const int LettersOfAScript = 3;
    private const double ShareOfAScript = 0.01;

    /// <summary>
    /// The scripts at least <see cref="LettersOfAScript"/> letters of <paramref name="lines"/>, and a share of them, are of.
    /// </summary>
    private static HashSet<InnerLayerPrior.Script> ScriptsOf(IEnumerable<int[]> lines)
    {
        var counts = new Dictionary<InnerLayerPrior.Script, int>();
        foreach (var c in lines.SelectMany(line => line))
        {
            if (InnerLayerPrior.ScriptOf(c) is var script and not InnerLayerPrior.Script.None)
            {
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }
        var letters = counts.Values.Sum();
        return counts.Where(x => x.Value >= LettersOfAScript && x.Value >= ShareOfAScript * letters).Select(x => x.Key).ToHashSet();
    }

    /// <summary>
    /// Puts back each lone lead the reading rebuilt as a letter of a script the text shows nowhere else (a Portuguese é
    /// glued to a word in a text damaged in places, "selecionadaé", read as 选; one standing alone beside a sentence
    /// misread twice, read as 非): it is a genuine letter of the clean text.
    /// </summary>
    private static void PutBackLoneLeadsReadAsOtherScripts(Lattice lattice, int[] path, HashSet<InnerLayerPrior.Script> scripts)
    {
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s].Keepable is { } original && path[s] != original && IsForeign(path, s, scripts))
            {
                path[s] = original;
            }
        }
    }

    /// <summary>
    /// Puts back each lone lead that a line read as bytes of an inner layer, which no word model judges, rebuilt as
    /// another letter beside a verbatim one, where, kept, it spells a known word and the reading spells none (Ångström of
    /// a clean sentence beside ones misread twice, read as Şngström): it is a genuine letter.
    /// </summary>
    private static void PutBackLettersOfKnownWords(Lattice lattice, int[] path, AlphabeticWordDecoder words)
    {
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s].Keepable is not { } original || path[s] == original || !IsLetter(s) || Alphabet(original) == InnerLayerPrior.Script.None
                || !(IsVerbatimLetter(s - 1) || IsVerbatimLetter(s + 1)))
            {
                continue;
            }
            var (start, end) = AlphabeticWordDecoder.Extent(path, s, s + 1, IsLetter);
            var word = path[start..end];
            word[s - start] = original;
            if (words.IsWord(word) && !words.IsWord(path.AsSpan(start, end - start)))
            {
                path[s] = original;
            }
        }

        bool IsLetter(int at) => Alphabet(path[at]) != InnerLayerPrior.Script.None;
        bool IsVerbatimLetter(int at) => at >= 0 && at < path.Length && lattice.Info[at].Damaged is null && IsLetter(at);
    }

    /// <summary>
    /// The runs of damage (span ids) that read as a letter of a script the text shows nowhere else, or as a mark with
    /// nothing to sit on: noise beside genuine text ("futur}ìÚ{Ö¤r²®«", a Hebrew accent after a brace), or a genuine word
    /// that merely spells UTF-8 ("неё" through cp1251 is a lone lead and 學), not damage, which reads as letters of the
    /// text's own.
    /// </summary>
    private static HashSet<int> NoisyRuns(Lattice lattice, int[] path, HashSet<InnerLayerPrior.Script> scripts)
    {
        var noisy = new HashSet<int>();
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s] is { Damaged: not null, Keepable: null } info && (IsForeign(path, s, scripts) || BreaksAWord(lattice, path, s)))
            {
                noisy.Add(info.SpanId);
            }
        }
        return noisy;
    }

    // A reading glued to a genuine letter of an alphabet that no word of it holds: a letter of another script than the
    // alphabets and CJK, a digit, a vowel sign or a punctuation mark of one, or an arrow, a math symbol or Braille. A
    // page that reads clean words of its own script as UTF-8 (cp866 "переправам" is AF A5 E0 A5 AF E0 A0 A2 A0 AC,
    // "пе९ࠢам") makes such readings by the dozen, too many for the text's scripts to leave them out.
    private static bool BreaksAWord(Lattice lattice, int[] path, int s)
    {
        if (!GenuineLetterAt(s - 1) && !GenuineLetterAt(s + 1))
        {
            return false;
        }
        var c = path[s];
        // (The ˇ of "Ăˇ", á misread twice.)
        if (MayBeInnerByte(c))
        {
            return false;
        }
        var script = InnerLayerPrior.ScriptOf(c);
        if (script != InnerLayerPrior.Script.None)
        {
            // Or a letter of another script glued to a word's letter beyond ASCII (cp866 "обязательно" as "об易⥫쭮"):
            // damage of Chinese beside genuine Latin may touch an English name ("Pythonå¼€å‘"), never a Russian word.
            return script == InnerLayerPrior.Script.Other || OtherAlphabetAt(s - 1) || OtherAlphabetAt(s + 1);
        }
        return Rune.IsValid(c) && Rune.GetUnicodeCategory(new Rune(c)) switch
        {
            UnicodeCategory.DecimalDigitNumber => c > 0x7F && c is not (>= 0xFF10 and <= 0xFF19),
            UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => c > 0xFF,
            // (Not the combining marks of the alphabets: a stress mark, вода́.)
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => c > 0x036F,
            UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol => c is (>= 0x2190 and < 0x2600) or (>= 0x27C0 and <= 0x2BFF),
            // (The marks of one script's own: cp866 "ска" is E1 AA A0, the Tai Tham sign ᪠.)
            UnicodeCategory.OtherPunctuation => c is > 0x036F and < 0x2000,
            _ => false,
        };

        bool GenuineLetterAt(int at) => at >= 0 && at < path.Length && lattice.Info[at].Damaged is null
            && Alphabet(path[at]) != InnerLayerPrior.Script.None;
        bool OtherAlphabetAt(int at) => GenuineLetterAt(at) && path[at] > 0x7F && Alphabet(path[at]) != script;
    }

    // A letter of a script the text does not show, or a combining mark with nothing to sit on ("{֤" of "{Ö¤"): a letter, a
    // digit (keycap) or a symbol (☀️) may bear one. Not a character that may be a byte of an inner layer.
    private static bool IsForeign(int[] path, int s, HashSet<InnerLayerPrior.Script> scripts)
    {
        var c = path[s];
        if (MayBeInnerByte(c))
        {
            return false;
        }
        var script = InnerLayerPrior.ScriptOf(c);
        return script == InnerLayerPrior.Script.None
            ? IsMark(c) && (s == 0 || !(IsMark(path[s - 1]) || Category(path[s - 1]) is UnicodeCategory.OtherSymbol
                || (Rune.IsValid(path[s - 1]) && Rune.IsLetterOrDigit(new Rune(path[s - 1])))))
            : !scripts.Contains(script);

        static UnicodeCategory? Category(int c) => Rune.IsValid(c) ? Rune.GetUnicodeCategory(new Rune(c)) : null;
        static bool IsMark(int c) => Category(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// True when a span re-decodes to two or more letters that the line also holds as clean text, anywhere where their
    /// script is written without spaces ("字符 becomes å­—ç¬¦"), else as the whole word they make; or to a letter that,
    /// with the letters around it, makes a quoted word the line also holds ("shows `cafÃ©` instead of `café`"): a line
    /// that shows damage beside what it stands for explains mojibake, and stays as written.
    /// </summary>
    private static bool QuotesItsOwnReading(Lattice lattice, int[] path)
    {
        var clean = new StringBuilder();
        // Per span: where it stands in the clean text (its '\0'), and its reading.
        var spans = new Dictionary<int, (int At, StringBuilder Reading)>();
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
                spans[info.SpanId] = span = (clean.Length, new StringBuilder());
                clean.Append('\0');
            }
            if (Rune.TryCreate(path[s], out var rune))
            {
                span.Reading.Append(rune.ToString());
            }
        }
        var line = clean.ToString();
        foreach (var (at, span) in spans.Values)
        {
            var reading = span.ToString();
            if (Ascii.IsValid(reading))
            {
                continue;
            }
            var start = at;
            var end = at + 1;
            while (start > 0 && char.IsLetter(line[start - 1]))
            {
                start--;
            }
            while (end < line.Length && char.IsLetter(line[end]))
            {
                end++;
            }
            var word = string.Concat(line.AsSpan(start, at - start), reading, line.AsSpan(at + 1, end - at - 1));
            // A reading of two letters or more: of a script written without spaces (字符), anywhere in the line; of an
            // alphabet, as the whole word it makes ("Ã©Ã©n is what één looks like"), for its letters stand inside many
            // other words ("çã" of posição beside organização). (A reading of marks alone, the "）。" of "ï¼‰ã€‚", is
            // no word the line could be quoting: clean text holds it anywhere.)
            var letters = reading.EnumerateRunes().Where(Rune.IsLetter).ToList();
            var alphabetic = letters.Exists(r => AlphabeticWordDecoder.IsAlphabetic(r.Value));
            if ((letters.Count >= 2 && (alphabetic ? ContainsWord(line, word) : line.Contains(reading, StringComparison.Ordinal)))
                || (word.Length > reading.Length && Quoted(line, start, end) && line.Contains(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;

        static bool ContainsWord(string line, string word)
        {
            for (var i = line.IndexOf(word, StringComparison.Ordinal); i >= 0; i = line.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if ((i == 0 || !char.IsLetter(line[i - 1])) && (i + word.Length == line.Length || !char.IsLetter(line[i + word.Length])))
                {
                    return true;
                }
            }
            return false;
        }

        // A word quoted as an example stands right inside quotes or backticks: a damaged sentence beside a clean one may
        // well hold the same word bare (são, and sÃ£o a sentence later).
        static bool Quoted(string line, int start, int end) =>
            start > 0 && end < line.Length && (line[start - 1], line[end]) is ('`', '`') or ('"', '"') or ('\'', '\'')
                or ('\u201C', '\u201D') or ('\u2018', '\u2019') or ('\u00AB', '\u00BB');
    }

    // Clean words misread come out as letters or as stray symbols ("Рів" as г☘ in cp1251). A line that rebuilds only
    // emoji (beyond the BMP, or taking U+FE0F), which the character model hardly knows, punctuation, or box drawing,
    // which the layout decides (see DrawingLayout), is not judged by its naturalness (a lone "ð" that was 🎂).
    private static bool RebuildsLettersOrSymbols(Lattice lattice, int[] path)
    {
        for (var s = 0; s < path.Length; s++)
        {
            if (lattice.Info[s].LostBytes == 0 || !Rune.TryCreate(path[s], out var rune))
            {
                continue;
            }
            var emoji = rune.Value >= 0x10000 || (s + 1 < path.Length && path[s + 1] == PunctuationPrior.EmojiSelector);
            if (Rune.IsLetter(rune) || (Rune.IsSymbol(rune) && !emoji && !DrawingLayout.IsBoxDrawing(rune.Value)))
            {
                return true;
            }
        }
        return false;
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
                // A known word written "тАУ" is none: cp866's bytes of –, where the dictionary, read case-folded, finds тау.
                if (inPage && word.Count > 0 && IsCaseBreak(word[^1], ch))
                {
                    return false;
                }
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

    // A word does not go on in capitals after a small letter, but for names and units in Latin letters (iPhone, kWh).
    private static bool IsCaseBreak(int before, int c) =>
        c is > 0x7F and <= 0xFFFF && before is > 0x7F and <= 0xFFFF && char.IsUpper((char)c) && char.IsLower((char)before);

    // At most this many runs that read as UTF-8 in the whole input are few enough to be examples quoted in a text about
    // mojibake; damage to a text, even a short one, leaves one in nearly every word with an accent.
    private const int FewRunsToQuote = 8;

    // Lines whose damage runs into their words, enough to show that the text itself was damaged.
    private const int DamagedWordLines = 2;

    // Nor more characters in them than a few quoted examples hold: damaged Chinese runs whole sentences together, so a
    // text damaged in places may show few runs, each of dozens of characters.
    private const int FewCharactersToQuote = 128;

    // What texts about mojibake call it, in the languages repair knows (lower case). Not "encoding", "Unicode" or
    // "decoder", which technical texts use all the time, damaged or not.
    private static readonly string[] s_mojibakeTerms =
    [
        "mojibake", "wrong encoding", "broken encoding", "wrong charset", "wrong code page", "wrong codepage", "wrongly decoded",
        "decoded with", "misencoded",
        "mis-encoded", "double-encoded", "double encoded", "as latin-1", "as latin1", "as iso-8859",
        "as windows-125", "as cp125", "\u4E71\u7801", "\u6587\u5B57\u5316\u3051", "\u043A\u0440\u0430\u043A\u043E\u0437\u044F\u0431\u0440",
    ];

    /// <summary>
    /// True when every run of <paramref name="line"/> that reads as UTF-8 under <paramref name="page"/> (not a lone lead)
    /// stands inside quotes or backticks ("JosÃ©", `Ð¿Ñ€Ð¸Ð²ÐµÑ‚`, “â€™”), and there is one.
    /// </summary>
    private static bool QuotesEveryRun(ReadOnlySpan<char> line, CodePage page)
    {
        var runs = StrongRuns(line, page);
        foreach (var (start, end) in runs)
        {
            if (!Between(line, start, end, '"', '"') && !Between(line, start, end, '`', '`') && !Between(line, start, end, '\u201C', '\u201D')
                && !Between(line, start, end, '\u00AB', '\u00BB'))
            {
                return false;
            }
        }
        return runs.Count > 0;

        // Whether line[start, end) stands after an open that nothing closed before it, and before a close.
        static bool Between(ReadOnlySpan<char> line, int start, int end, char open, char close)
        {
            var before = line[..start];
            var opened = open == close ? before.Count(open) % 2 == 1 : before.LastIndexOf(open) > before.LastIndexOf(close);
            return opened && line[end..].IndexOf(close) >= 0;
        }
    }

    /// <summary>
    /// True when some run of a line (its <paramref name="readings"/>, see <see cref="RunReadings"/>) reads, so decoded, as
    /// mojibake once more: a quoted example of mojibake that was misread in its turn.
    /// </summary>
    private static bool SomeRunReadsAsMojibake(List<(string Run, string Reading)> readings) =>
        readings.Exists(r => CodePages.HasLeadContinuationPair(r.Reading));

    /// <summary>
    /// True when a run of a line (its <paramref name="readings"/>) reads as mojibake of what another run of it reads
    /// as, which <paramref name="text"/> nowhere holds ("cafÃƒÂ©" reads as "cafÃ©", the mojibake of the café that "cafÃ©"
    /// beside it reads as, and café stands nowhere): the line showed a word and its mojibake, and was misread with both.
    /// (A text about double misreading shows all three: é, Ã© and ÃƒÂ©.) The example may be of another page than the
    /// damage (cp437's "├â┬⌐" reads as cp1252's "Ã©").
    /// </summary>
    private static bool ShowsItsExampleMisread(List<(string Run, string Reading)> readings, string text)
    {
        foreach (var (_, reading) in readings)
        {
            if (!CodePages.HasLeadContinuationPair(reading))
            {
                continue;
            }
            foreach (var example in CodePages.All)
            {
                if (MisreadBytes.Decode(reading, example, []) is { } units && units.TrueForAll(u => u.Candidates.Length == 1)
                    && string.Concat(units.Select(u => char.ConvertFromUtf32(u.Candidates[0]))) is var word
                    && readings.Exists(other => other.Reading == word) && !text.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Each run of the line that reads as UTF-8 under the page, and its reading: a character that lost bytes stands as
    // U+FFFD, which follows a lead as any continuation would.
    private static List<(string Run, string Reading)> RunReadings(ReadOnlySpan<char> line, CodePage page)
    {
        var readings = new List<(string, string)>();
        foreach (var (start, end) in StrongRuns(line, page))
        {
            var units = MisreadBytes.Decode(line[start..end], page, page.LostBytes) ?? [];
            readings.Add((line[start..end].ToString(), string.Concat(units.Select(u => u.Candidates.Length == 1 ? char.ConvertFromUtf32(u.Candidates[0]) : "\uFFFD"))));
        }
        return readings;
    }

    // Names of the single-byte and legacy encodings UTF-8 is misread as (lower case).
    private static readonly string[] s_legacyEncodings =
    [
        "latin-1", "latin1", "windows-125", "cp125", "iso-8859", "shift_jis", "shift-jis", "gbk", "gb2312", "big5", "koi8",
    ];

    /// <summary>
    /// True when <paramref name="line"/> talks about mojibake (mojibake, 乱码, "decoded as Latin-1"…), or names UTF-8
    /// beside an encoding it is misread as, in whatever language ("UTF-8 を Latin-1 として読んでいます").
    /// </summary>
    private static bool TalksAboutMojibake(ReadOnlySpan<char> line)
    {
        foreach (var term in s_mojibakeTerms)
        {
            if (line.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        if (line.Contains("utf-8", StringComparison.OrdinalIgnoreCase) || line.Contains("utf8", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var encoding in s_legacyEncodings)
            {
                if (line.Contains(encoding, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
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

    /// <summary>
    /// How much more likely the model finds <paramref name="decoded"/>'s certain characters than the line as it stands
    /// (natural log), less what the reading's further changes of alphabet cost.
    /// </summary>
    // The whole text's likelihood, not per character: mojibake spells one character as two to four common letters
    // (cp866 shows 私 as "чзБ", each letter frequent in Russian).
    private double NaturalnessGain(ReadOnlySpan<char> line, Lattice decoded)
    {
        var text = CodePointReader.All(line);
        var reading = decoded.CertainText();
        return LogLikelihood(reading) - LogLikelihood(text) - (ScriptSwitch * (AlphabetSwitches(reading) - AlphabetSwitches(text)));
    }

    // What a change of alphabet between the words of a line costs it (natural log). The character model reads a word
    // after a space as though nothing stood before it: "after бё4.2m" (KOI8-R's £) reads to it as naturally as
    // "after £4.2m", but an English line seldom turns Cyrillic for one word.
    private const double ScriptSwitch = 3;

    // How often the letters of text turn from one of the Latin, Cyrillic and Greek alphabets to another.
    private static int AlphabetSwitches(ReadOnlySpan<int> text)
    {
        var switches = 0;
        var last = InnerLayerPrior.Script.None;
        foreach (var c in text)
        {
            if (InnerLayerPrior.ScriptOf(c) is var script and (InnerLayerPrior.Script.Latin or InnerLayerPrior.Script.Cyrillic or InnerLayerPrior.Script.Greek))
            {
                switches += last != InnerLayerPrior.Script.None && script != last ? 1 : 0;
                last = script;
            }
        }
        return switches;
    }

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
}
