using System.Text;
using Reader.Core.Repair.Decoding;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Priors;

/// <summary>
/// Emoji that differ in a lost byte (🐈 cat and 🍈 melon are F0 9F 90 88 and F0 9F 8D 88) look alike to every
/// character model; the line often names what it shows ("a photo of a cat 🐈", "a professora aplaudiu 👏"). A candidate
/// whose keywords (CLDR's annotations in the repair's languages, derived by <c>tools/repair-lm/build_emoji_names.py</c>)
/// the line uses is preferred.
/// </summary>
internal sealed class EmojiNamePrior
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-emoji-names.txt.gz";

    // The character model knows emoji only by frequency, and faces are hundreds of times commoner than a cat: naming
    // the thing outweighs that.
    private const double NamedBonus = 8;

    // The character model knows only the few dozen emoji that o200k holds as tokens (log frequency -13.9 to -17.8)
    // and prices every other character at its floor (-25): an emoji CLDR names is in use, so it is lifted to just
    // below the rarest known one, where being named can carry it past a common face. Four-byte ones, whose rivals are
    // other emoji, the symbols of the BMP shown as emoji by default (☕ ❌), and those that have an emoji form where the
    // line names them ("zon ☀") or U+FE0F shows them as emoji (❄️): other symbols of the BMP compete with characters the
    // model prices well (☠ and ☀ share their bytes with † and ∀).
    private const double AnnotatedLift = 6;

    // The nearer a keyword stands to the emoji, the surer it names it: "a slide and a photo of a cat 🐈" shows the
    // cat. The bonus fades over this many characters to half, what any keyword of the emoji's sentence earns; one of
    // another sentence names something else (the Dutch "loopt" of a sentence after "0,5 ‰" is no curly loop ➰).
    private const double FadeLength = 60;

    // A keyword within a few characters of the emoji (the word before or after it): nearness 0.75 at 15 characters.
    private const double Beside = 0.75;

    // Where the emoji's own line names none of its candidates, a keyword elsewhere in the document still tells what it
    // is about (a gazpacho recipe that ends "…mi abuela. 🍅"), less surely than one of the line. Only for pictographs
    // beyond the BMP, whose rivals are other emoji: a symbol of the BMP competes with marks that the document's words
    // name by chance (the "loopt" of a Dutch text is no curly loop ➰ for ‰).
    private const double InDocument = 0.4;

    // The shortest keyword that counts as the head of a compound, the shortest word before it, the longest ending after it.
    private const int MinCompoundHead = 5;
    private const int MinCompoundPart = 3;
    private const int MaxEnding = 2;

    private const string GroupsResourceName = "Reader.Core.Repair.Data.repair-emoji-groups.txt.gz";

    // Faces and hearts are used far more than any other group of emoji, then hands and people; a face and an animal
    // often differ in a lost byte alone (😅 and 🐅 are F0 9F 98 85 and F0 9F 90 85), and a line that names neither
    // leaves only how often each is used to tell. Only there: "a photo of a cat 🐈" shows the cat, not 🙀.
    private static readonly Dictionary<string, double> s_groupUse = new(StringComparer.Ordinal)
    {
        ["Smileys & Emotion"] = 3,
        ["People & Body"] = 1.5,
    };

    private static readonly Lazy<Dictionary<int, string[]>> s_names = new(Load);
    private static readonly Lazy<Dictionary<int, double>> s_groupLifts = new(LoadGroups);

    private readonly IReadOnlyList<int[]> _slots;
    // The keywords the line uses, and its text (lower case), where slot s starts at _offsets[s].
    private readonly Keywords _line;
    private readonly int[] _offsets;
    // Per character of the line: how many sentences ended before it.
    private readonly int[] _sentences;
    // Where the line's last letter or digit stands (-1 for none): a slot after it closes the line.
    private readonly int _lastLetter;

    // Per slot: whether the line names any of its candidates (then how often each group is used says nothing).
    private readonly Dictionary<int, bool> _slotNamed = [];
    private readonly Dictionary<int, bool> _selectorFollows = [];

    // The keywords of the whole document, for a slot its line names nothing of.
    private readonly Keywords? _document;

    private EmojiNamePrior(IReadOnlyList<int[]> slots, Keywords line, int[] offsets, Keywords? document)
    {
        _document = document;
        _slots = slots;
        _line = line;
        _offsets = offsets;
        var text = line.Text;
        _sentences = new int[text.Length + 1];
        _lastLetter = -1;
        for (var i = 0; i < text.Length; i++)
        {
            _sentences[i + 1] = _sentences[i] + (EndsSentence(text, i) ? 1 : 0);
            _lastLetter = char.IsLetterOrDigit(text[i]) ? i : _lastLetter;
        }
    }

    /// <summary>
    /// The prior for <paramref name="lattice"/>, or null when no rebuilt slot may hold an emoji; <paramref name="document"/>
    /// holds the keywords of the whole document (<see cref="Keywords.OfDocument"/>).
    /// </summary>
    public static EmojiNamePrior? For(Lattice lattice, Lazy<Keywords>? document = null)
    {
        if (!lattice.Slots.Any(s => s.Length > 1 && s.Any(IsPictograph)))
        {
            return null;
        }
        var text = new StringBuilder();
        var certain = lattice.CertainText();
        var offsets = new int[certain.Length];
        AppendCertain(text, certain, offsets);
        return new EmojiNamePrior(lattice.Slots, new Keywords(text.ToString().ToLowerInvariant()), offsets, document?.Value);
    }

    // Appends code points that stood whole, a space for each undecided one (0), noting where each starts if asked.
    private static void AppendCertain(StringBuilder text, int[] codePoints, int[]? offsets)
    {
        for (var s = 0; s < codePoints.Length; s++)
        {
            if (offsets is not null)
            {
                offsets[s] = text.Length;
            }
            text.Append(codePoints[s] > 0 ? char.ConvertFromUtf32(codePoints[s]) : " ");
        }
    }

    /// <summary>
    /// Log weight of emoji <paramref name="candidate"/> at <paramref name="slot"/>: a bonus when the line names it
    /// (the whole bonus near the emoji), and a lift when the character model does not know it.
    /// </summary>
    public double Score(int slot, int candidate)
    {
        if (!IsPictograph(candidate) || !s_names.Value.ContainsKey(candidate))
        {
            return 0;
        }
        var nearness = Nearness(slot, candidate);
        var emoji = candidate > 0xFFFF || PunctuationPrior.IsEmojiByDefault(candidate)
            || (PunctuationPrior.TakesEmojiSelector(candidate) && (nearness > 0 || SelectorMayFollow(slot)));
        var lift = emoji && !CharNGramModel.Shared.Knows(candidate) ? AnnotatedLift : 0;
        var namesAny = NamesAny(slot);
        var used = namesAny ? 0 : s_groupLifts.Value.GetValueOrDefault(candidate);
        if (!namesAny && candidate > 0xFFFF && _document?.Names(candidate) == true)
        {
            nearness = InDocument;
        }
        return lift + used + (NamedBonus * nearness);
    }

    /// <summary>
    /// Where the model still chose an emoji the line does not name although a keyword right beside the slot names
    /// another candidate ("os pombos 🕊️"), that one: a face the character model knows in context (" 🙂" is an o200k
    /// token) outscores any bonus, but the words next to an emoji say what it shows.
    /// </summary>
    public void PreferNamed(IReadOnlyList<int[]> slots, int[] path)
    {
        for (var s = 0; s < slots.Count; s++)
        {
            if (slots[s].Length < 2 || !IsPictograph(path[s]) || Nearness(s, path[s]) >= Beside)
            {
                continue;
            }
            // Only an emoji: CLDR also names symbols that are none, and "nota" beside ⭐ names the flat ♭.
            var best = slots[s].Where(c => PunctuationPrior.TakesEmojiSelector(c) && Nearness(s, c) >= Beside)
                .OrderByDescending(c => Nearness(s, c)).ThenByDescending(CharNGramModel.Shared.Unigram).FirstOrDefault();
            if (best != 0)
            {
                path[s] = best;
                // The emoji the words name is shown as one: a rebuilt variation selector after it is U+FE0F, whatever
                // the model chose after the emoji it replaces (🔎︎, text style).
                if (s + 1 < slots.Count && slots[s + 1].Length > 1 && Array.IndexOf(slots[s + 1], PunctuationPrior.EmojiSelector) >= 0
                    && path[s + 1] is >= 0xFE00 and <= PunctuationPrior.EmojiSelector)
                {
                    path[s + 1] = PunctuationPrior.EmojiSelector;
                }
            }
        }
    }

    // Whether U+FE0F stands or may stand right after the slot: then the symbol there is shown as an emoji. (Worked out
    // once per slot: the decoder asks for every candidate in every state.)
    private bool SelectorMayFollow(int slot)
    {
        if (!_selectorFollows.TryGetValue(slot, out var follows))
        {
            follows = slot + 1 < _slots.Count && Array.IndexOf(_slots[slot + 1], PunctuationPrior.EmojiSelector) >= 0;
            _selectorFollows[slot] = follows;
        }
        return follows;
    }

    private bool NamesAny(int slot)
    {
        if (!_slotNamed.TryGetValue(slot, out var named))
        {
            named = _slots[slot].Any(c => Nearness(slot, c) > 0);
            _slotNamed[slot] = named;
        }
        return named;
    }

    // 1 for a keyword right at the slot, fading with distance to half for one anywhere in the line; 0 when none is.
    private double Nearness(int slot, int candidate)
    {
        var named = IsPictograph(candidate) ? _line.EndsAt(candidate) : [];
        if (named.Count == 0)
        {
            return 0;
        }
        var at = _offsets[slot];
        var nearest = int.MaxValue;
        foreach (var offset in named)
        {
            if (InSentenceOf(offset, at))
            {
                nearest = Math.Min(nearest, Math.Abs(offset - at));
            }
        }
        return nearest == int.MaxValue ? 0 : Math.Max(0.5, 1 - (nearest / FadeLength));
    }

    // Whether the keyword ending at offset stands in the sentence of the slot at at, or in the one the slot closes
    // ("moest hard lachen. 😅" laughs at that sentence), or anywhere before a slot that closes the line (a review that
    // ends "Bring tissues. ★★★★☆ 🎬" is about the film it named sentences before).
    private bool InSentenceOf(int offset, int at)
    {
        var text = _line.Text;
        var sentence = _sentences[Math.Min(offset, text.Length)];
        if (sentence == _sentences[at])
        {
            return true;
        }
        if (sentence > _sentences[at])
        {
            return false;
        }
        if (at >= _lastLetter)
        {
            return true;
        }
        var end = at - 1;
        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        return sentence == _sentences[at] - 1 && end >= 0 && EndsSentence(text, end);
    }

    // A full stop, question or exclamation mark before a space or the line's end, or an ideographic one.
    private static bool EndsSentence(string text, int i) =>
        text[i] is '\u3002' or '\uFF01' or '\uFF1F'
        || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    /// <summary>Where a text (lower case) uses the keywords of each emoji: one line's, or a whole document's.</summary>
    internal sealed class Keywords
    {
        private readonly List<(int Offset, string Word)> _words = [];
        private readonly Dictionary<int, List<int>> _endsAt = [];

        /// <summary>Finds keywords in <paramref name="text"/>, which is in lower case.</summary>
        public Keywords(string text)
        {
            Text = text;
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]) && !IsCjk(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    _words.Add((start, text[start..i]));
                    start = -1;
                }
            }
        }

        /// <summary>The text, in lower case.</summary>
        public string Text { get; }

        /// <summary>The keywords the certain code points of a document's <paramref name="lines"/> use.</summary>
        public static Keywords OfDocument(IEnumerable<int[]> lines)
        {
            var text = new StringBuilder();
            foreach (var line in lines)
            {
                AppendCertain(text, line, null);
                text.Append('\n');
            }
            return new Keywords(text.ToString().ToLowerInvariant());
        }

        /// <summary>Whether the text uses a keyword of <paramref name="candidate"/> anywhere.</summary>
        public bool Names(int candidate) => EndsAt(candidate).Count > 0;

        /// <summary>
        /// Where in the text the keywords of <paramref name="candidate"/> end (none for an emoji CLDR does not name),
        /// worked out once.
        /// </summary>
        public List<int> EndsAt(int candidate)
        {
            if (!_endsAt.TryGetValue(candidate, out var named))
            {
                named = s_names.Value.TryGetValue(candidate, out var keywords) ? NamedAt(keywords) : [];
                _endsAt[candidate] = named;
            }
            return named;
        }

        // Where in the text the keywords end: a Chinese or Japanese keyword as it is; a word of an alphabetic script with
        // an ending of its own (cats, gatos, aplaudiu for aplaudir), but not one that merely begins the keyword ("masa" of
        // masa madre is no "masaje"): an ending takes the place of at most one letter of the keyword's own. Dutch and
        // German join words into one: a keyword is also the last part of a compound (zuurdesembrood, appeltaarten).
        private List<int> NamedAt(string[] keywords)
        {
            var found = new List<int>();
            foreach (var keyword in keywords)
            {
                if (IsCjk(keyword[0]))
                {
                    for (var i = Text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = Text.IndexOf(keyword, i + 1, StringComparison.Ordinal))
                    {
                        if (!WithinLongerWord(i, keyword.Length))
                        {
                            found.Add(i + keyword.Length);
                        }
                    }
                    continue;
                }
                var stem = keyword.Length <= 4 ? keyword.Length : Math.Max(4, keyword.Length - 3);
                foreach (var (offset, word) in _words)
                {
                    if ((word.Length >= stem && word.Length >= keyword.Length - 1 && word.AsSpan(0, stem).SequenceEqual(keyword.AsSpan(0, stem))
                            && (keyword.Length > 3 || word.Length - keyword.Length <= 2))
                        || EndsCompound(word, keyword))
                    {
                        found.Add(offset + word.Length);
                    }
                }
            }
            return found;
        }

        // Whether the keyword is the last part of a compound word, with at most an ending after it: a part of a few
        // letters ("bear" of forbear) would be found by chance, and what goes before it is a word of its own.
        private static bool EndsCompound(string word, string keyword)
        {
            var at = word.LastIndexOf(keyword, StringComparison.Ordinal);
            return keyword.Length >= MinCompoundHead && at >= MinCompoundPart && word.Length - at - keyword.Length <= MaxEnding;
        }

        // A keyword of one character is no name where it is part of a word with the character before or after it (家 of
        // 大家 "everyone" names no house): Chinese and Japanese write their words without spaces.
        private bool WithinLongerWord(int start, int length) =>
            length == 1
            && ((start > 0 && WordModel.Shared.WordScore(Text.Substring(start - 1, 2)) is not null)
                || (start + 1 < Text.Length && WordModel.Shared.WordScore(Text.Substring(start, 2)) is not null));
    }

    // Chinese and Japanese are written without spaces: their keywords are looked for as they stand.
    private static bool IsCjk(char c) => c >= '\u2E80';

    // The symbols of the dingbat blocks, and every character U+FE0F may follow (the emoji beyond the BMP among them).
    private static bool IsPictograph(int c) => c is >= 0x2600 and <= 0x27BF || PunctuationPrior.TakesEmojiSelector(c);

    // The lift of each emoji by how much its group is used (Unicode's emoji-test.txt groups, derived by
    // tools/repair-lm/build_emoji_groups.py).
    private static Dictionary<int, double> LoadGroups()
    {
        using var reader = new StreamReader(EmbeddedData.Open(GroupsResourceName));
        var lifts = new Dictionary<int, double>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && s_groupUse.TryGetValue(line[(tab + 1)..], out var lift))
            {
                lifts[int.Parse(line.AsSpan(0, tab), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)] = lift;
            }
        }
        return lifts;
    }

    private static Dictionary<int, string[]> Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var names = new Dictionary<int, string[]>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                names[char.ConvertToUtf32(line, 0)] = line[(tab + 1)..].Split(' ');
            }
        }
        return names;
    }
}
