using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Decoding;

/// <summary>
/// Re-decides the undecided letters of space-delimited words (Latin, Cyrillic, Greek scripts): a combination of
/// candidates that spells a known word beats one the character model merely finds likely ("этом" over "стом").
/// A form the table lacks is read as a known stem with a common ending; a capitalised one, mostly a name, keeps the
/// character model's choice. The words of a phrase are chosen together, with running-text counts of words and word
/// pairs where they cover the script (Russian: я over с, работу after заканчивает; Portuguese: Às vezes over És vezes).
/// </summary>
internal sealed class AlphabeticWordDecoder(Func<AlphabeticWords> words, Func<string, AlphabeticWordCounts?> counts, DocumentModel characters)
{
    // How much less likely a capital is right after a lower-case letter of the same word than the model says.
    private const double MixedCase = -4;

    // How much the character model's view of the letters counts beside the word's frequency.
    private const double LetterWeight = 0.3;
    private const int MaxMatches = 2048;
    // Spellings of one word carried into the phrase's Viterbi search.
    private const int MaxChoices = 16;
    // Running-text counts against the word table's estimate, and a pair's count against the word's own probability.
    private const double CountWeight = 0.7;
    private const double PairWeight = 0.5;
    private const double EndingWeight = 1;
    // A spelling the word table does not hold (kept as it stands, so it only matters as a neighbour).
    internal const double UnknownWord = -18;
    // How the running-text counts write any dash between words.
    private const string Dash = "\u2014";
    // A form the table lacks is read as a stem of at least this many letters (and half the word) and an ending of at most MaxEnding.
    private const int MinStem = 4;
    private const int MaxEnding = 3;
    // The fewest letters of each part of a compound, and what joining a word onto a combining form costs (natural log).
    private const int MinCompoundPart = 3;
    private const double JoinedOn = -6;
    // The share given to an ending running text never showed.
    private const double UnseenEnding = 1e-6;

    /// <summary>The character model words are scored with.</summary>
    public DocumentModel Characters => characters;

    /// <summary>
    /// Overrides <paramref name="path"/> in every alphabetic word that holds an undecided letter, choosing jointly
    /// over the words of a phrase: each word's frequency, how often it follows the word before it, and the fit of its
    /// letters. Returns, per undecided letter so chosen, how likely each letter is over all the phrase's readings.
    /// </summary>
    public IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> Refine(IReadOnlyList<int[]> slots, int[] path)
    {
        var confidences = new Dictionary<int, (int CodePoint, double Probability)[]>();
        var phrase = new List<WordChoices>();
        var s = 0;
        while (s < slots.Count)
        {
            if (!IsWordSlot(slots[s], path[s]))
            {
                // Only white space keeps two words one phrase; punctuation or a number between them breaks it, but for
                // the full stop of a one-letter abbreviation (т. е., т.д.), whose letters only go together, and a dash
                // set apart by spaces, which running text counts as a word of its own ("X — это Y", not "что").
                if (IsSpacedDash(path, s))
                {
                    phrase.Add(new WordChoices(s, false, [new WordChoice([path[s]], Dash, 0, 0, null)]));
                }
                else if (path[s] is not (' ' or '\u00A0') && !EndsAbbreviation(phrase, path, s))
                {
                    Decide(phrase, slots, path, confidences);
                }
                s++;
                continue;
            }
            var start = s;
            var ambiguous = false;
            while (s < slots.Count && IsWordSlot(slots[s], path[s]))
            {
                ambiguous |= slots[s].Length > 1;
                s++;
            }
            phrase.Add(Choices(slots, path, start, s, ambiguous));
        }
        Decide(phrase, slots, path, confidences);
        return confidences;
    }

    /// <summary>True when the word table holds <paramref name="word"/> (code points, any case).</summary>
    public bool IsWord(ReadOnlySpan<int> word) => words().Contains(word);

    /// <summary>
    /// Puts back letters that stood as they were (a lone é or à: damage only if its bytes were lost) where the decoder
    /// replaced them by something else although, kept, they spell a known word with their neighbours ("por que é que"),
    /// all of a word's at once (één).
    /// </summary>
    public void KeepKnownWords(IReadOnlyList<int[]> slots, int[] path)
    {
        // In a line whose damage that could not be letters is CJK, a letter standing alone is no word ("函数 ç 前端" is
        // 的); a lone letter that may stay (the first candidate) is no evidence of that.
        var rebuiltCjk = 0;
        for (var s = 0; s < slots.Count; s++)
        {
            rebuiltCjk += slots[s].Length > 1 && !IsAlphabetic(slots[s][0]) && IsCjk(path[s]) ? 1 : 0;
        }
        for (var s = 0; s < slots.Count; s++)
        {
            // Nor is a letter between spaced numbers (3 × 4).
            if (!ReplacedLetter(s) || BetweenSpacedNumbers(path, s))
            {
                continue;
            }
            // The word's other letters, as they stand or as they stood where they were replaced too (the éé of één); a
            // word glued to a number (the × of 2.7×) or to CJK is none.
            var (start, end) = Extent(path, s, s + 1, i => (slots[i].Length == 1 && IsAlphabetic(path[i])) || ReplacedLetter(i));
            if ((start > 0 && (IsCjk(path[start - 1]) || IsDigit(path[start - 1]))) || (end < slots.Count && IsCjk(path[end]))
                || (end - start == 1 && (rebuiltCjk >= 2 || AmidCjk(path, start, end))))
            {
                continue;
            }
            var word = path[start..end];
            for (var i = start; i < end; i++)
            {
                word[i - start] = ReplacedLetter(i) ? slots[i][0] : path[i];
            }
            if (IsWritten(word) && IsWord(word))
            {
                word.CopyTo(path, start);
            }
        }

        // A letter that could have stayed (the first candidate) and that the decoder replaced by something else.
        bool ReplacedLetter(int s) => slots[s].Length > 1 && path[s] != slots[s][0] && IsAlphabetic(slots[s][0]) && !IsAlphabetic(path[s]);
    }

    /// <summary>
    /// Chooses each rebuilt combining mark of decomposed text (a and U+0301 for á) by the word it makes once composed:
    /// the word search reads a mark as no letter, and the character model alone takes grave for acute (ràpida).
    /// </summary>
    public void ComposeMarks(IReadOnlyList<int[]> slots, int[] path)
    {
        var table = words();
        for (var s = 1; s < slots.Count; s++)
        {
            if (slots[s].Length == 1 || !IsCombiningMark(path[s]) || !IsAlphabetic(path[s - 1]))
            {
                continue;
            }
            var (start, end) = Extent(path, s - 1, s + 1, i => IsAlphabetic(path[i]) || IsCombiningMark(path[i]));
            var best = (Mark: path[s], LogProbability: double.NegativeInfinity);
            foreach (var mark in slots[s])
            {
                if (!IsCombiningMark(mark))
                {
                    continue;
                }
                var letters = path[start..end];
                letters[s - start] = mark;
                var composed = string.Concat(letters.Select(char.ConvertFromUtf32)).Normalize(System.Text.NormalizationForm.FormC);
                if (table.IndexOf(CodePointReader.All(composed)) is { } index
                    && table.LogProbability(index) is var logProbability && logProbability > best.LogProbability)
                {
                    best = (mark, logProbability);
                }
            }
            path[s] = best.Mark;
        }
    }

    /// <summary>
    /// Takes the space after a rebuilt letter as that letter's byte where the two pieces then make a known word and the
    /// piece after the space is none: a tool that read the byte A0 as a space split Руководство (Р is D0 A0) into
    /// "Ð уководство", which the letters alone read as the word А and a stray "уководство".
    /// </summary>
    public void JoinAcrossTakenSpaces(IReadOnlyList<int[]> slots, int[] path, Func<int, int, int> takes)
    {
        for (var s = 0; s + 2 < slots.Count; s++)
        {
            if (slots[s].Length == 1 || takes(s, path[s]) > 0 || path[s + 1] != ' ' || !IsAlphabetic(path[s + 2]))
            {
                continue;
            }
            var (start, end) = Extent(path, s, s + 2, i => IsAlphabetic(path[i]));
            var after = path[(s + 2)..end];
            if (IsWord(after))
            {
                continue;
            }
            foreach (var c in slots[s])
            {
                if (takes(s, c) == 1 && IsAlphabetic(c) && IsWord([.. path[start..s], c, .. after]))
                {
                    path[s] = c;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Gives each rebuilt letter that could be either case the case of the word around it: the character model is
    /// case-folded, so Í and í of "Línea", both a lost byte away, score alike.
    /// </summary>
    public static void FollowCase(IReadOnlyList<int[]> slots, int[] path)
    {
        for (var s = 0; s < slots.Count; s++)
        {
            var chosen = path[s];
            var swapped = CaseSwap(chosen);
            if (slots[s].Length == 1 || swapped == chosen || !IsAlphabetic(chosen) || Array.IndexOf(slots[s], swapped) < 0)
            {
                continue;
            }
            if (UpperInWord(path, s) is { } upper && upper == IsLower(chosen))
            {
                path[s] = swapped;
            }
        }
    }

    /// <summary>
    /// Log weight of a rebuilt letter's case where the letter before it is certain: a capital right after a lower-case
    /// letter (the É of "sÉ", a lost soft hyphen away from "sí") is rare inside a word, and the case-folded character
    /// model reads it as é of "sé"; where no candidate of the other case is there for <see cref="FollowCase"/> to swap
    /// in, only this keeps the capital out. So is an accented capital right after a digit or a mark that closes a
    /// sentence or a clause ("175Â °C", "Bonjour !Â »": a no-break space that lost its byte A0 to a plain space).
    /// </summary>
    public static double CaseFit(IReadOnlyList<int[]> slots, int slot, int candidate) =>
        (slot > 0 && slots[slot - 1] is [var before] && (CapitalAfterLower(before, candidate) || AccentedCapitalAfterMark(before, candidate)))
        || AccentedCapitalAloneAfterWord(slots, slot, candidate)
            ? MixedCase : 0;

    private static bool CapitalAfterLower(int before, int letter) => IsLower(before) && IsAlphabetic(letter) && char.IsUpper((char)letter);

    // An accented capital standing as a word of its own right after a lower-case word or a number and a space ("ao
    // domingo É tarde", "4 Å 5", where latin-1 without C1 left the "Ã" of à, whose A0 had become a space): a capital there
    // starts a name, and no name is one accented letter.
    private static bool AccentedCapitalAloneAfterWord(IReadOnlyList<int[]> slots, int slot, int letter) =>
        letter > 0x7F && IsAlphabetic(letter) && char.IsUpper((char)letter)
        && slot >= 2 && slots[slot - 1] is [' '] && slots[slot - 2] is [var before] && (IsLower(before) || char.IsAsciiDigit((char)before))
        && (slot + 1 == slots.Count || (slots[slot + 1] is [var after] && !IsAlphabetic(after)));

    private static bool AccentedCapitalAfterMark(int before, int letter) =>
        before is (>= '0' and <= '9') or '!' or '?' or '.' or ',' or ';' or ':' or ')' && letter > 0x7F && IsAlphabetic(letter) && char.IsUpper((char)letter);

    // How a spelling's letters fit where they stand: the character model's view of them, and their case.
    private double Fit(IReadOnlyList<int[]> slots, int[] path, int start, int end, int[] letters) =>
        LetterWeight * Letters(path, start, end, letters) + CaseFit(slots, start, letters);

    // The case of a word's spelling: each rebuilt capital after a lower-case letter (the word table is case-folded,
    // so "sÓ" is spelt as a word as much as "só"), and a rebuilt accented capital alone after a lower-case word.
    private static double CaseFit(IReadOnlyList<int[]> slots, int start, int[] letters)
    {
        var fit = letters.Length == 1 && slots[start].Length > 1 && AccentedCapitalAloneAfterWord(slots, start, letters[0]) ? MixedCase : 0.0;
        for (var j = 1; j < letters.Length; j++)
        {
            fit += slots[start + j].Length > 1 && CapitalAfterLower(letters[j - 1], letters[j]) ? MixedCase : 0;
        }
        return fit;
    }

    // Inside a word a letter follows the one before it, except after a capital that starts a lower-case word (Línea);
    // the last of a word of two after its capital is lower case (—Sí.), unless a word beside it is of capitals (¡SÍ,
    // SEÑOR!); the first letter is a capital in a word of capitals (ÉL) and where a sentence starts (". Íñigo",
    // "? ¿Ésta"); otherwise the word does not say (Él or él).
    private static bool? UpperInWord(int[] path, int s)
    {
        bool? At(int i) => i >= 0 && i < path.Length && IsAlphabetic(path[i]) ? !IsLower(path[i]) : null;
        var (previous, next) = (At(s - 1), At(s + 1));
        if (previous is { } previousUpper)
        {
            return previousUpper && next is null && At(s - 2) is null
                ? CapitalsBeside(path, s - 2, -1) || CapitalsBeside(path, s + 1, +1)
                : previousUpper && next != false;
        }
        return (next == true && At(s + 2) == true) || StartsSentence(path, s) ? true : null;
    }

    // Whether the nearest word from i on, the way step goes, ends (or starts) in two capitals.
    private static bool CapitalsBeside(int[] path, int i, int step)
    {
        while (i >= 0 && i < path.Length && !IsAlphabetic(path[i]))
        {
            i += step;
        }
        return i >= 0 && i < path.Length && i + step >= 0 && i + step < path.Length
            && IsAlphabetic(path[i + step]) && !IsLower(path[i]) && !IsLower(path[i + step]);
    }

    // After a full stop, question or exclamation mark, a space, and any opening quotes, dashes or marks (¿ ¡).
    private static bool StartsSentence(int[] path, int s)
    {
        var i = s - 1;
        while (i >= 0 && path[i] is '"' or '\'' or '(' or '\u00AB' or '\u00BF' or '\u00A1' or '\u2018' or '\u201C' or '\u201E' or '\u2013' or '\u2014')
        {
            i--;
        }
        var spaces = 0;
        for (; i >= 0 && path[i] == ' '; i--)
        {
            spaces++;
        }
        return spaces > 0 && i >= 0 && path[i] is '.' or '!' or '?' or '\u2026';
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    // Whether a word's letters are cased as words are written: all lower case, capitalised, or all capitals ("IDã" is
    // none, ID and the 。 that latin-1 without C1 leaves as a lone ã).
    private static bool IsWritten(int[] word)
    {
        var lower = 0;
        var upperAfterFirst = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] > 0xFFFF)
            {
                continue;
            }
            var c = (char)word[i];
            lower += char.IsLower(c) ? 1 : 0;
            upperAfterFirst += i > 0 && char.IsUpper(c) ? 1 : 0;
        }
        return lower == 0 || upperAfterFirst == 0;
    }

    // A word set apart by spaces between CJK text, or between the line's start and CJK text: "é 端方" (遠端方 through
    // cp1252, where the space was the byte A0) is no Portuguese "é".
    private static bool AmidCjk(int[] path, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && path[before] is ' ' or < 0)
        {
            before--;
        }
        var after = end;
        while (after < path.Length && path[after] is ' ' or < 0)
        {
            after++;
        }
        return after < path.Length && IsCjk(path[after]) && (before < 0 || IsCjk(path[before]));
    }

    /// <summary>The word around slots [start, end): grown by the slots before and after them that are part of it.</summary>
    internal static (int Start, int End) Extent(int[] path, int start, int end, Func<int, bool> isPart)
    {
        while (start > 0 && isPart(start - 1))
        {
            start--;
        }
        while (end < path.Length && isPart(end))
        {
            end++;
        }
        return (start, end);
    }

    // A full stop right after a one-letter word of the phrase.
    private static bool EndsAbbreviation(List<WordChoices> phrase, int[] path, int s) =>
        path[s] == '.' && phrase.Count > 0 && s - phrase[^1].Start == 1 && phrase[^1].Choices[0].Key != Dash;

    private static bool IsSpacedDash(int[] path, int s) =>
        path[s] is '\u2013' or '\u2014' && s > 0 && s + 1 < path.Length && path[s - 1] is ' ' or '\u00A0' && path[s + 1] is ' ' or '\u00A0';

    private static bool BetweenSpacedNumbers(int[] path, int s) =>
        s >= 2 && s + 2 < path.Length && path[s - 1] == ' ' && path[s + 1] == ' ' && IsDigit(path[s - 2]) && IsDigit(path[s + 2]);

    private static bool IsLower(int c) => c <= 0xFFFF && char.IsLower((char)c);

    private static bool IsCjk(int c) => c is (>= 0x3000 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or >= 0x20000;

    // A certain letter, or an undecided slot that the character model took for a letter or that can only be one.
    private static bool IsWordSlot(int[] candidates, int chosen) =>
        candidates.Length == 1 ? IsAlphabetic(chosen) : IsAlphabetic(chosen) || candidates.All(IsAlphabetic);

    private static bool IsCombiningMark(int c) => c is >= 0x0300 and <= 0x036F;

    // Letters of the scripts written with spaces between words (Latin, Greek, Cyrillic, Armenian).
    internal static bool IsAlphabetic(int c) => c is >= 'A' and < 0x0530 && char.IsLetter((char)c);

    // The candidate spellings of one word: the table's words its slots can spell, best first, or the letters as they stand.
    private WordChoices Choices(IReadOnlyList<int[]> slots, int[] path, int start, int end, bool ambiguous)
    {
        var table = words();
        var matches = new List<(int Word, int[] Choice)>();
        var choices = new List<WordChoice>();
        if (ambiguous)
        {
            Search(table, slots, start, end, end - start, wholeWord: true, matches);
            AddCountedOnly(slots, path, start, end, table, choices);
            if (matches.Count == 0 && choices.Count == 0)
            {
                AddStemmed(slots, path, start, end, table, choices);
                AddCompound(slots, path, start, end, table, choices);
            }
        }
        if (matches.Count == 0 && choices.Count == 0)
        {
            var letters = path[start..end];
            var index = table.IndexOf(letters);
            return new WordChoices(start, ambiguous, [Choice(letters, index is { } i ? table.LogProbability(i) : UnknownWord, 0)]);
        }
        foreach (var (word, letters) in matches)
        {
            ChooseCase(slots, path, start, end, letters);
            choices.Add(Choice(letters, table.LogProbability(word), Fit(slots, path, start, end, letters)));
        }
        return new WordChoices(start, ambiguous, [.. choices.OrderByDescending(c => c.LogProbability + c.Fit).Take(MaxChoices)]);
    }

    // Running text holds words no dictionary lists (abbreviations: Russian см. for "see"): where a word has one undecided
    // letter, each of its spellings that the running-text counts hold and the table lacks is a choice too. Not one with
    // ё, which the counts file under е: they cannot tell виде from видё.
    private void AddCountedOnly(IReadOnlyList<int[]> slots, int[] path, int start, int end, AlphabeticWords table, List<WordChoice> choices)
    {
        var undecided = -1;
        for (var s = start; s < end; s++)
        {
            if (slots[s].Length > 1)
            {
                if (undecided >= 0)
                {
                    return;
                }
                undecided = s;
            }
        }
        foreach (var c in slots[undecided])
        {
            var letters = path[start..end];
            letters[undecided - start] = c;
            var key = Key(letters);
            if (IsAlphabetic(c) && !key.Contains('\u0451') && counts(key) is { } counted && counted.Share(key) > 0
                && table.IndexOf(letters) is null)
            {
                choices.Add(Choice(letters, UnknownWord, Fit(slots, path, start, end, letters)));
            }
        }
    }

    // A form the table lacks is most often a known stem with another ending: the dictionary lists архитектура as a noun
    // without a plural, so neither "архитектурах" nor "архитектур" is a word of it. The longest start of the word that
    // begins a table word keeps its letters (the whole word, where it begins one), and the ending is read by how often
    // running text ends words so; the phrase's search then weighs the endings against the neighbours' (на каких
    // архитектурах). Without this the character model alone spells the word; it still does so for a capitalised word,
    // most often a name (Перенсом), which no stem of the table is likelier to begin than the letters it finds likely.
    private void AddStemmed(IReadOnlyList<int[]> slots, int[] path, int start, int end, AlphabeticWords table, List<WordChoice> choices)
    {
        if (!IsLower(path[start]))
        {
            return;
        }
        var length = end - start;
        for (var ending = 0; ending <= MaxEnding && length - ending >= Math.Max(MinStem, length / 2); ending++)
        {
            var stems = new List<(int Word, int[] Choice)>();
            Search(table, slots, start, end - ending, length, wholeWord: false, stems);
            if (stems.Count == 0)
            {
                continue;
            }
            var endings = Endings(slots, end - ending, end);
            // Every stem with every ending, as many as one word's search may weigh: the likeliest stems first.
            var kept = endings.Count == 0 ? [] : stems.OrderByDescending(x => table.LogProbability(x.Word)).Take(Math.Max(1, MaxMatches / endings.Count));
            foreach (var (word, stem) in kept)
            {
                foreach (var tail in endings)
                {
                    var letters = (int[])stem.Clone();
                    tail.CopyTo(letters, length - ending);
                    ChooseCase(slots, path, start, end, letters);
                    var key = Key(letters);
                    var endingShare = counts(key)?.EndingShare(key) ?? 0;
                    choices.Add(Choice(letters, table.LogProbability(word) + Math.Log(endingShare + UnseenEnding), Fit(slots, path, start, end, letters)));
                }
            }
            return;
        }
    }

    // A form the table lacks may join a combining form to a known word (нейро|сети, видео|карту): where the letters
    // after a start that stands whole and begins table words spell a table word, that word is a choice, priced as itself
    // joined on. Without this the stems alone spell it, and the likeliest word they begin is rare ("нейроэндокринный"
    // makes "нейроэети").
    private void AddCompound(IReadOnlyList<int[]> slots, int[] path, int start, int end, AlphabeticWords table, List<WordChoice> choices)
    {
        if (!IsLower(path[start]))
        {
            return;
        }
        for (var head = MinCompoundPart; end - start - head >= MinCompoundPart && slots[start + head - 1].Length == 1; head++)
        {
            var begun = new List<(int, int[])>();
            Search(table, slots, start, start + head, head, wholeWord: false, begun);
            if (begun.Count == 0)
            {
                return;
            }
            var tails = new List<(int Word, int[] Choice)>();
            Search(table, slots, start + head, end, end - start - head, wholeWord: true, tails);
            foreach (var (word, tail) in tails)
            {
                var letters = path[start..end];
                tail.CopyTo(letters, head);
                ChooseCase(slots, path, start, end, letters);
                choices.Add(Choice(letters, table.LogProbability(word) + JoinedOn, Fit(slots, path, start, end, letters)));
            }
        }
    }

    // Every spelling of slots [from, to) in letters, one per folded letter, as many as MaxMatches allows.
    private static List<int[]> Endings(IReadOnlyList<int[]> slots, int from, int to)
    {
        var endings = new List<int[]> { new int[to - from] };
        for (var s = from; s < to; s++)
        {
            var letters = slots[s].Where(IsAlphabetic).DistinctBy(CharNGramModel.Fold).ToArray();
            if (letters.Length == 0 || endings.Count * letters.Length > MaxMatches)
            {
                return [];
            }
            endings = [.. endings.SelectMany(e => letters.Select(c =>
            {
                var next = (int[])e.Clone();
                next[s - from] = c;
                return next;
            }))];
        }
        return endings;
    }

    // Viterbi over the words of a phrase; only phrases with an undecided word change anything. The same lattice summed
    // rather than maximised (forward-backward) says how likely each reading of each word is.
    private void Decide(List<WordChoices> phrase, IReadOnlyList<int[]> slots, int[] path, Dictionary<int, (int, double)[]> confidences)
    {
        if (!phrase.Exists(w => w.Ambiguous))
        {
            phrase.Clear();
            return;
        }
        var n = phrase.Count;
        // transitions[w][p, c]: choice c of word w after choice p of the word before it (its fit is added apart).
        var transitions = new double[n][,];
        var best = new double[n][];
        var forward = new double[n][];
        var back = new int[n][];
        for (var w = 0; w < n; w++)
        {
            var choices = phrase[w].Choices;
            (best[w], forward[w], back[w]) = (new double[choices.Length], new double[choices.Length], new int[choices.Length]);
            if (w == 0)
            {
                for (var c = 0; c < choices.Length; c++)
                {
                    best[w][c] = forward[w][c] = choices[c].LogProbability + choices[c].Fit;
                }
                continue;
            }
            var previous = phrase[w - 1].Choices;
            var step = transitions[w] = new double[previous.Length, choices.Length];
            var sums = new double[previous.Length];
            for (var c = 0; c < choices.Length; c++)
            {
                var top = double.NegativeInfinity;
                for (var p = 0; p < previous.Length; p++)
                {
                    step[p, c] = Bigram(previous[p], choices[c]);
                    var score = best[w - 1][p] + step[p, c];
                    if (score > top)
                    {
                        (top, back[w][c]) = (score, p);
                    }
                    sums[p] = forward[w - 1][p] + step[p, c];
                }
                best[w][c] = top + choices[c].Fit;
                forward[w][c] = LogProbabilities.LogSumExp(sums) + choices[c].Fit;
            }
        }
        var backward = Backward(phrase, transitions);
        var total = LogProbabilities.LogSumExp(forward[n - 1]);
        var chosen = Array.IndexOf(best[^1], best[^1].Max());
        for (var w = n - 1; w >= 0; w--)
        {
            var word = phrase[w];
            word.Choices[chosen].Letters.CopyTo(path, word.Start);
            if (word.Ambiguous)
            {
                var likelihood = word.Choices.Select((_, c) => Math.Exp(forward[w][c] + backward[w][c] - total)).ToArray();
                Confide(word, likelihood, slots, confidences);
            }
            chosen = back[w][chosen];
        }
        phrase.Clear();
    }

    // Per word and choice: the log of the summed scores of every reading of the words after it, given that choice.
    private static double[][] Backward(List<WordChoices> phrase, double[][,] transitions)
    {
        var n = phrase.Count;
        var backward = new double[n][];
        backward[n - 1] = new double[phrase[n - 1].Choices.Length];
        for (var w = n - 2; w >= 0; w--)
        {
            var next = phrase[w + 1].Choices;
            backward[w] = new double[phrase[w].Choices.Length];
            var sums = new double[next.Length];
            for (var p = 0; p < backward[w].Length; p++)
            {
                for (var c = 0; c < next.Length; c++)
                {
                    sums[c] = transitions[w + 1][p, c] + next[c].Fit + backward[w + 1][c];
                }
                backward[w][p] = LogProbabilities.LogSumExp(sums);
            }
        }
        return backward;
    }

    // Per undecided letter of the word: the likelihood of its readings summed by the letter each puts there.
    private static void Confide(WordChoices word, double[] likelihood, IReadOnlyList<int[]> slots, Dictionary<int, (int, double)[]> confidences)
    {
        var length = word.Choices[0].Letters.Length;
        for (var i = 0; i < length; i++)
        {
            if (slots[word.Start + i].Length < 2)
            {
                continue;
            }
            var byLetter = new Dictionary<int, double>();
            for (var c = 0; c < word.Choices.Length; c++)
            {
                var letter = word.Choices[c].Letters[i];
                byLetter[letter] = byLetter.GetValueOrDefault(letter) + likelihood[c];
            }
            confidences[word.Start + i] = [.. byLetter.Select(kv => (kv.Key, kv.Value)).OrderByDescending(x => x.Item2)];
        }
    }

    // A spelling and its log probability as a word: the word table's estimate, mixed with its share of running text
    // where counts cover its script; worked out once, as the phrase's search weighs it against every neighbour.
    private WordChoice Choice(int[] letters, double tableLogProbability, double fit)
    {
        var key = Key(letters);
        var table = counts(key);
        var logProbability = table is not null
            ? Math.Log((CountWeight * table.Share(key)) + ((1 - CountWeight) * Math.Exp(tableLogProbability)))
            : tableLogProbability;
        return new WordChoice(letters, key, logProbability, fit, table);
    }

    // Log probability of a word after another: how often it follows that word, mixed with its own probability
    // weighted by how well its ending goes with the other's.
    private double Bigram(WordChoice previous, WordChoice word)
    {
        var unigram = word.LogProbability;
        var table = word.Counts;
        // A dash is a word of every script's counts.
        if (table is null || (table != previous.Counts && previous.Key != Dash))
        {
            return unigram;
        }
        var backoff = unigram + (EndingWeight * table.EndingAssociation(previous.Key, word.Key));
        return table.ShareAfter(previous.Key, word.Key) is { } after
            ? Math.Log((PairWeight * after) + ((1 - PairWeight) * Math.Exp(backoff)))
            : backoff;
    }

    // Word letters are all below U+0530: one char each.
    private static string Key(int[] letters) =>
        string.Create(letters.Length, letters, (key, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                key[i] = char.ToLowerInvariant((char)source[i]);
            }
        });

    // Every word of the table the slots [start, end) can spell, or with wholeWord false every start of a table word they
    // can spell (with the first such word); choices are <paramref name="length"/> letters long, the slots' spelling first.
    // Where several candidates fold to the same letter, the character model picks among them later.
    private static void Search(AlphabeticWords table, IReadOnlyList<int[]> slots, int start, int end, int length, bool wholeWord, List<(int, int[])> matches)
    {
        var choice = new int[length];
        Walk(0, 0, table.Count);

        void Walk(int d, int l, int h)
        {
            if (matches.Count >= MaxMatches)
            {
                return;
            }
            if (start + d == end)
            {
                if (!wholeWord || table.EndsAt(l, h, d))
                {
                    matches.Add((l, (int[])choice.Clone()));
                }
                return;
            }
            Span<ulong> seen = stackalloc ulong[4];
            foreach (var c in slots[start + d])
            {
                var code = table.Code(CharNGramModel.Fold(c));
                // One walk per folded letter; the case of the letter is settled by the character model afterwards.
                if (code == 0 || (seen[code >> 6] & (1UL << (code & 63))) != 0)
                {
                    continue;
                }
                seen[code >> 6] |= 1UL << (code & 63);
                var (nl, nh) = table.Narrow(l, h, d, code);
                if (nl < nh)
                {
                    choice[d] = c;
                    Walk(d + 1, nl, nh);
                }
            }
        }
    }

    // Character-model score of the letters of the word in their context.
    private double Letters(int[] path, int start, int end, int[] letters)
    {
        double total = 0;
        int a = start >= 2 ? path[start - 2] : 0, b = start >= 1 ? path[start - 1] : 0;
        for (var j = start; j < end; j++)
        {
            var c = letters[j - start];
            total += characters.Score(a, b, c);
            (a, b) = (b, c);
        }
        return total;
    }

    // The table is case-folded: where a slot offers the letter in both cases, the character model picks the case.
    private void ChooseCase(IReadOnlyList<int[]> slots, int[] path, int start, int end, int[] letters)
    {
        int a = start >= 2 ? path[start - 2] : 0, b = start >= 1 ? path[start - 1] : 0;
        for (var j = start; j < end; j++)
        {
            var c = letters[j - start];
            var swapped = CaseSwap(c);
            if (swapped != c && Array.IndexOf(slots[j], swapped) >= 0 && characters.Score(a, b, swapped) > characters.Score(a, b, c))
            {
                c = swapped;
                letters[j - start] = c;
            }
            (a, b) = (b, c);
        }
    }

    private static int CaseSwap(int c)
    {
        if (c > 0xFFFF)
        {
            return c;
        }
        var ch = (char)c;
        return char.IsUpper(ch) ? char.ToLowerInvariant(ch) : char.ToUpperInvariant(ch);
    }

    /// <summary>
    /// One spelling of a word: its letters, their lower-case key, its log probability as a word, the letters' fit, and
    /// the running-text counts of its script (null where none cover it).
    /// </summary>
    private sealed record WordChoice(int[] Letters, string Key, double LogProbability, double Fit, AlphabeticWordCounts? Counts);

    /// <summary>The spellings a word of the phrase may take, from slot <see cref="Start"/>.</summary>
    private sealed record WordChoices(int Start, bool Ambiguous, WordChoice[] Choices);
}
