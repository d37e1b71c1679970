using System.Text;
using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Decoding;

/// <summary>
/// Re-decides the ambiguous characters of a line with CJK damage by the best sequence of words, chosen for the words
/// around it and not only for its own frequency (环境<b>中</b>优化). Chinese lines: a Viterbi search over (position,
/// last two words) scored by the word trigram model, with words outside it (rare characters) scored by the dictionary
/// word table and the character model as one unknown token; the character model's view of each slot weighs in too.
/// Traditional characters spell the model's words through their simplified forms (協議 as 协议). Japanese lines (with
/// kana): MeCab's model (word costs plus connection costs between context ids) together with the character trigram
/// model over the words' own characters, and libkkc's word trigram model, each searched alone and their readings
/// combined where they differ.
/// </summary>
internal sealed partial class WordSegmentDecoder(DocumentModel characters)
{
    // The tables load on first use: a document without CJK damage never pays for them.
    private WordTrigramModel Trigrams => _chinese ? WordTrigramModel.Shared : WordTrigramModel.Japanese;
    private static JapaneseWordModel Japanese => JapaneseWordModel.Shared;
    private static WordModel Words => WordModel.Shared;
    private static ChineseVariants Variants => ChineseVariants.Shared;

    // One-character words: the likeliest candidates of a slot (by character frequency). A lead byte alone (latin-1
    // without C1) has a thousand candidates, and common verbs (坐, 喝) rank beyond the first eighty; this many found
    // them at a tenth more time on such text than eighty did.
    private const int MaxCandidatesPerSlot = 200;
    // States kept per position, the best first: a state is the last two words, so each last word takes several.
    private const int MaxStates = 64;
    private const int MaxWordStarts = 64;
    private const int Transparent = -2;

    // How much the character model's own judgement of a slot (given its neighbours) counts beside the word model.
    private const double CharacterWeight = 0.15;
    private const double UnrankedCharacter = -9;

    // The most candidates a full-width mark may have for the character model to judge it alone: one byte lost to a
    // Windows page, which lacks at most eight.
    private const int FewMarkRivals = 16;

    private static readonly IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> NoConfidences = new Dictionary<int, (int, double)[]>();

    // The searches' states, reused from line to line.
    private readonly ViterbiStates<State>.Pool _states = new();
    private readonly ViterbiStates<double>.Pool _rescorerStates = new();

    private Dictionary<int, double>?[] _priors = [];
    private bool _chinese;

    // Lines of the document so far that told by themselves whether they are Japanese or Chinese.
    private int _japaneseLines;
    private int _chineseLines;

    // Per slot: every CJK candidate (words of two or more characters may use any), and by which characters a word of
    // the vocabulary may spell each (itself; in Chinese lines also its simplified forms, so 協議 is found as 协议). The
    // spellings are worked out as words reach a slot and let go once the search has passed it: a slot that lost two
    // bytes has a thousand candidates, and a long line thousands of such slots.
    private int[][] _full = [];
    private Func<int, int, int> _takes = (_, _) => 0;
    private Func<int, int, double> _documentChoice = (_, _) => 0;

    // Per slot: whether a candidate before it may take the space before it (the word search then resumes here).
    private bool[] _afterTakenSpace = [];
    private Dictionary<int, int[]>?[] _spellings = [];

    /// <summary>
    /// Overrides <paramref name="path"/> in a line that holds an ambiguous CJK slot; the character model's judgement of
    /// each slot given its neighbours (<paramref name="posteriors"/>) weighs in beside the word model, and in traditional
    /// Chinese what the document chose where it was sure (<paramref name="documentChoice"/>, per slot and candidate).
    /// Returns how likely the word models find each alternative of the slots they re-decided in a Chinese line (none for
    /// Japanese lines, which the character model's judgement describes).
    /// </summary>
    public IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> Refine(
        IReadOnlyList<int[]> allSlots, int[] path, Dictionary<int, (int CodePoint, double Probability)[]> posteriors, Func<int, int, int> takes,
        Func<int, int, double> documentChoice)
    {
        _takes = takes;
        _documentChoice = documentChoice;
        _full = allSlots.Select((candidates, s) => OnlyCjk(candidates, path[s])).ToArray();
        _afterTakenSpace = new bool[allSlots.Count + 1];
        for (var s = 0; s < allSlots.Count; s++)
        {
            foreach (var c in allSlots[s])
            {
                if (TakesSpace(s, c))
                {
                    _afterTakenSpace[Next(s, c)] = true;
                }
            }
        }
        var slots = _full.Select((candidates, s) => Prune(candidates, path[s])).ToArray();
        var ambiguous = false;
        for (var s = 0; s < slots.Length; s++)
        {
            ambiguous |= slots[s].Length > 1 && IsCjkSlot(slots[s]);
        }
        if (ambiguous)
        {
            // The word table is Chinese: it would turn Japanese kanji into Chinese forms (私→种, 毎→每). Kana mark a
            // Japanese line, decoded with IPAdic and libkkc's word model instead.
            _chinese = !ReadsAsJapanese(slots, path);
            _priors = Priors(slots.Length, posteriors);
            if (!_chinese)
            {
                _nearlyAllLost = Array.Exists(_full, candidates => candidates.Length > JapaneseCandidatesPerSlot);
                SegmentJapaneseLine(_full.Select((candidates, s) => JapanesePrune(candidates, path[s])).ToArray(), slots, path);
                return NoConfidences;
            }
            _wordTrigrams = true;
            return Segment(slots, path);
        }
        return NoConfidences;
    }

    /// <summary>
    /// One Viterbi pass over the whole line: CJK slots become words, punctuation the model knows stays itself, a number
    /// its numeral words (alone or with the unit after it), and any other run (Latin words, symbols) one unknown token,
    /// so context reaches across them (与 LLM “聊天”).
    /// </summary>
    private IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> Segment(int[][] slots, int[] path)
    {
        TrigramViterbi(slots, path);
        return AfterSegment(slots, path);
    }

    // The word trigram Viterbi: writes the best words into path and returns their score (natural log).
    private double TrigramViterbi(int[][] slots, int[] path)
    {
        var n = slots.Length;
        _spellings = new Dictionary<int, int[]>?[n];
        // A state is the last two words (ids of the trigram model), packed in one key.
        var states = new ViterbiStates<State>(n + 1, _states);
        var unknown = Trigrams.Unknown;
        states.At(0)[Pair(unknown, unknown)] = new State(0, -1, -1, null);
        for (var i = 0; i < n; i++)
        {
            if (states[i] is null)
            {
                continue;
            }
            var live = states.Live(i, MaxStates, s => s.Score);
            var edges = Edges(slots, path, i);
            foreach (var (previous, state) in live)
            {
                var (beforeLast, last) = Unpair(previous);
                foreach (var edge in edges)
                {
                    var word = edge.Id switch { Transparent => -1, < 0 => unknown, _ => edge.Id };
                    var key = word < 0 ? previous : Pair(last, word);
                    var score = state.Score + edge.Extra + (word < 0 ? 0 : Trigrams.Score(beforeLast, last, word));
                    var target = states.At(edge.End);
                    if (!target.TryGetValue(key, out var existing) || existing.Score < score)
                    {
                        target[key] = new State(score, i, previous, edge.Text);
                    }
                }
            }
        }
        double Final(KeyValuePair<long, State> s) => s.Value.Score + EndOfLine(s.Key);
        var best = states[n]!.MaxBy(Final);
        Trace(slots, path, states, best.Key);
        states.ReleaseAll();
        return Final(best);
    }

    // How sure the word models are of each character the search chose in a Chinese line.
    private IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> AfterSegment(int[][] slots, int[] path)
    {
        // The rescorer weighs each character between its neighbours: one that took the space after it as a byte (場 of
        // "å ´") would be judged with that space and the bytes it took still in the line, so it stays as the words chose it.
        var rescored = PinTakers(slots, path, _takes);
        // Both word models are of simplified text: a traditional document's words read through simplified forms are
        // libime's call alone, which the search above has made; the rescorer only says how sure that model is.
        var rescorer = new ChineseRescorer(CharacterPrior, UnknownCharacter, characters.IsTraditional, _rescorerStates);
        if (!characters.IsTraditional)
        {
            rescorer.Rescore(rescored, path);
        }
        return rescorer.Posteriors(rescored, path);
    }

    // A character outside the word model: the (Chinese) dictionary's word score for it, or the character model's, marked
    // down.
    private double UnknownCharacter(int c)
    {
        var known = _chinese ? Words.WordScore(char.ConvertFromUtf32(c)) : null;
        return known ?? Words.UnknownScore(characters.Score(0, 0, c));
    }

    // What follows the line: the end of a sentence where the model knows one (libkkc's), else the unknown token that
    // also stands before it.
    private double EndOfLine(long pair)
    {
        var (beforeLast, last) = Unpair(pair);
        return Trigrams.Score(beforeLast, last, Trigrams.EndOfSentence);
    }

    /// <summary>The last two words of a Viterbi state (trigram model ids), packed in one key.</summary>
    internal static long Pair(int beforeLast, int last) => ((long)beforeLast << 32) | (uint)last;

    internal static (int BeforeLast, int Last) Unpair(long pair) => ((int)(pair >> 32), (int)pair);

    /// <summary>Spaces and Markdown markup: no token of a word model, so context reaches across them.</summary>
    internal static bool IsTransparent(int c) => c is ' ' or '*' or '_' or '`' or '~' or '#' or '>' or '\t';

    // Writes the words of the best path into path, back from the end state last (one of the states at the line's end).
    private void Trace(int[][] slots, int[] path, ViterbiStates<State> states, long last)
    {
        for (var position = states.Length - 1; position > 0;)
        {
            var state = states[position]![last];
            Place(slots, path, state.From, state.Text!);
            last = state.Previous;
            position = state.From;
        }
    }

    // Only words change the path; the text around them (and before a number's unit, in its word) is passed through as
    // it is.
    private void Place(int[][] slots, int[] path, int from, string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (!IsCjkSlot(slots[from]))
            {
                index += AsText(path[from]).Length;
                from++;
                continue;
            }
            var c = char.ConvertToUtf32(text, index);
            path[from] = c;
            from = Next(from, c);
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        }
    }

    /// <summary>
    /// <paramref name="slots"/>, but where <paramref name="path"/> chose a character that takes the space after it,
    /// that character alone (the slots themselves where it chose none).
    /// </summary>
    internal static int[][] PinTakers(IReadOnlyList<int[]> slots, int[] path, Func<int, int, int> takes)
    {
        int[][]? pinned = null;
        for (var s = 0; s < path.Length; s++)
        {
            if (takes(s, path[s]) > 0)
            {
                pinned ??= [.. slots];
                pinned[s] = [path[s]];
            }
        }
        return pinned ?? slots as int[][] ?? [.. slots];
    }

    // A word that ends in a character taking the space after it may end past what it takes, or before the space, which
    // then stands between it and the next word as a space would (タイム ゾーン, where タイムゾーン reads as タイマ ゾーン).
    private bool TakesSpace(int i, int c) => _takes(i, c) > 0;

    // The slot after candidate c of slot i: past the space (and the bytes after it) that c takes as its own bytes.
    private int Next(int i, int c) => i + 1 + _takes(i, c);

    // The words that start at position i, worked out as the search reaches it: a long line would otherwise hold the
    // words of every position at once (thousands each where a character lost two bytes).
    private List<Edge> Edges(int[][] slots, int[] path, int i)
    {
        // Words from here on spell only the slots after this one.
        _spellings[i] = null;
        if (IsCjkSlot(slots[i]))
        {
            return _wordTrigrams ? TrigramWords(slots, i) : JapaneseWords(slots, i);
        }
        if (!_wordTrigrams)
        {
            return [JapaneseOther(path, slots, i)];
        }
        var other = Other(path, slots, i);
        List<Edge> edges = [other];
        if (_chinese)
        {
            AddNumberWords(edges, path, slots, i, other);
        }
        return edges;
    }

    /// <summary>
    /// Words that join a number to the characters after it (十二月, 六日, 五号, 九点): libime's corpus segmented a date
    /// or a count so, and hardly has the unit after the numeral alone (after 十二 comes the 指 of 十二指肠, not 月).
    /// A space may stand between them, as it often does between digits and Chinese (12 月).
    /// </summary>
    private void AddNumberWords(List<Edge> edges, int[] path, int[][] slots, int i, Edge number)
    {
        if (ChineseNumerals.Read(number.Text) is not { } numeral)
        {
            return;
        }
        var unit = number.End;
        while (unit < path.Length && path[unit] == ' ' && !IsCjkSlot(slots[unit]))
        {
            unit++;
        }
        if (unit == path.Length || !IsCjkSlot(slots[unit]))
        {
            return;
        }
        // The entries longer than the numeral that start with it.
        var vocabulary = Trigrams.Vocabulary;
        var lo = FirstAfter(vocabulary, 0, numeral, 0, vocabulary.Length, 0);
        var hi = FirstAfter(vocabulary, 0, numeral, lo, vocabulary.Length, 1);
        if (lo < hi && vocabulary[lo].Length == numeral.Length)
        {
            lo++;
        }
        var before = string.Concat(Enumerable.Range(i, unit - i).Select(k => AsText(path[k])));
        Walk(vocabulary, unit, numeral.Length, before, 0, lo, hi, (end, text, word, prior) =>
        {
            if (ChineseNumerals.IsUnit(word[numeral.Length]))
            {
                edges.Add(new Edge(end, text, Trigrams.Find(word), prior));
            }
        });
    }

    // Outside CJK: spaces and markup are no token, known punctuation is its own, anything else runs to one unknown token.
    private Edge Other(int[] path, int[][] slots, int i)
    {
        var text = AsText(path[i]);
        if (IsTransparent(path[i]))
        {
            return new Edge(i + 1, text, Transparent, 0);
        }
        var id = Trigrams.Find(Spelt(text));
        if (id >= 0)
        {
            return new Edge(i + 1, text, id, 0);
        }
        var end = i + 1;
        var run = new StringBuilder(text);
        while (end < path.Length && !IsCjkSlot(slots[end]) && !IsTransparent(path[end])
            && Trigrams.Find(Spelt(AsText(path[end]))) < 0)
        {
            run.Append(AsText(path[end]));
            end++;
        }
        var runText = run.ToString();
        return new Edge(end, runText, _chinese ? RunId(Trigrams, runText) : (Trigrams.Find(Spelt(runText)) is >= 0 and var known ? known : Trigrams.Unknown), 0);
    }

    // How the word model spells text outside CJK: libkkc's corpus wrote ASCII in full width (５ｍｍ, （).
    private string Spelt(string text) =>
        _chinese ? text : string.Create(text.Length, text, static (units, t) =>
        {
            for (var k = 0; k < t.Length; k++)
            {
                units[k] = t[k] is > ' ' and <= '~' ? (char)(t[k] + FullWidthOffset) : t[k];
            }
        });

    /// <summary>
    /// The token <paramref name="model"/> reads a run outside CJK and its vocabulary as: a number as its numeral words
    /// where the model knows them (28 as 二十八), anything else as the unknown token.
    /// </summary>
    internal static int RunId(WordTrigramModel model, string run)
    {
        var number = ChineseNumerals.Read(run);
        var id = number is null ? -1 : model.Find(number);
        return id >= 0 ? id : model.Unknown;
    }

    /// <summary>
    /// Every word of the trigram model the candidates can spell from position <paramref name="i"/>, with its model id
    /// or score; in Chinese lines also the dictionary's words that model lacks.
    /// </summary>
    private List<Edge> TrigramWords(int[][] slots, int i)
    {
        var edges = new List<Edge>();
        foreach (var c in slots[i])
        {
            var text = char.ConvertFromUtf32(c);
            var own = CharacterPrior(i, c);
            AddEdges(Next(i, c));
            if (TakesSpace(i, c))
            {
                AddEdges(i + 1);
            }

            void AddEdges(int end)
            {
                if (!_chinese && IsMarkOfFewRivals(i, c))
                {
                    // libkkc's corpus has some full-width marks and no Latin letters (！ but no ｍ, as in ｃｍ): to it
                    // the mark's rivals are all one unknown token, and the character model judges them alone.
                    edges.Add(new Edge(end, text, -1, own));
                    return;
                }
                var known = false;
                foreach (var key in Keys(c))
                {
                    var id = Trigrams.Find(char.ConvertFromUtf32(key));
                    if (id >= 0)
                    {
                        edges.Add(new Edge(end, text, id, own));
                        known = true;
                    }
                }
                if (!known)
                {
                    edges.Add(new Edge(end, text, -1, own + UnknownCharacter(c)));
                }
            }
        }
        var found = new HashSet<(int, string, string)>();
        Spell(Trigrams.Vocabulary, i, (end, text, word, prior) =>
        {
            if (end > i + 1 && found.Add((end, text, word)))
            {
                edges.Add(new Edge(end, text, Trigrams.Find(word), prior));
            }
        });
        if (!_chinese)
        {
            // libkkc lacks many words IPAdic lists, loanwords (ビュッフェ, リゾット) and compounds (大さじ): spelled a
            // character at a time, the unknown ones each an unknown token, they lose to any kana their lost bytes also
            // make (こづじフェ, 大さえ). As IPAdic's words they are one unknown token, priced as such; not in a line that
            // lost nearly all the bytes of some character (latin-1 without C1), where a byte or two lost in every kana
            // lets IPAdic's words spell any run.
            Spell(Japanese.Vocabulary, i, (end, text, word, prior) =>
            {
                if (end > i + 1 && !_nearlyAllLost && Trigrams.Find(word) < 0 && found.Add((end, text, word)))
                {
                    edges.Add(new Edge(end, text, -1, prior));
                }
            });
            return edges;
        }
        Spell(Words.Vocabulary, i, (end, text, word, prior) =>
        {
            if (end > i + 1 && found.Add((end, text, word)) && Words.WordScore(word) is { } score)
            {
                edges.Add(new Edge(end, text, -1, prior + score));
            }
        });
        return edges;
    }

    // Chinese: the character model's log posterior of each candidate, weighted, and how foreign its script is to the
    // document (traditional or simplified); a slot it did not rank (certain) costs nothing. A traditional document's
    // words are libime's call alone (no rescorer), read through simplified forms that merge rivals' frequencies (鍵 and
    // 鐵 as 键 and 铁): there what the document chose where it was sure weighs in whole. Japanese: IPAdic's search
    // scores the characters in its Viterbi, and only marks rebuilt katakana down; the word trigram search weighs the
    // posterior as Chinese does.
    private double CharacterPrior(int slot, int c)
    {
        if (_priors[slot] is not { } ranked)
        {
            return 0;
        }
        if (!_chinese)
        {
            // A full-width mark is no word IPAdic tells apart from its rivals (～ and ｝ are both symbols to it): the
            // character model and the typography of the line judge it, at full weight, where a page that lacks a few
            // bytes leaves it a few rivals; not among the dozens latin-1 without C1 leaves, where IPAdic's brackets
            // pair better.
            if (IsMarkOfFewRivals(slot, c))
            {
                return ranked.TryGetValue(c, out var mark) ? mark / CharacterWeight : UnrankedCharacter;
            }
            if (_wordTrigrams)
            {
                return ranked.TryGetValue(c, out var own) ? own : CharacterWeight * UnrankedCharacter;
            }
            return c is < 0x30A0 or > 0x30FF || InKatakanaRun(slot) ? 0 : -RebuiltKatakana;
        }
        return (ranked.TryGetValue(c, out var known) ? known : CharacterWeight * UnrankedCharacter) + characters.ScriptScore(c)
            + (characters.IsTraditional ? _documentChoice(slot, c) : 0);
    }

    // A rebuilt full-width mark or letter (！ ～ ｍ) with no more rivals than a byte lost to a Windows page leaves.
    private bool IsMarkOfFewRivals(int slot, int c) => c is >= 0xFF01 and <= 0xFF5E && _full[slot].Length is > 1 and <= FewMarkRivals;

    private Dictionary<int, double>?[] Priors(int count, Dictionary<int, (int CodePoint, double Probability)[]> posteriors)
    {
        var weight = CharacterWeight;
        var priors = new Dictionary<int, double>?[count];
        foreach (var (slot, ranked) in posteriors)
        {
            var table = priors[slot] = [];
            foreach (var (codePoint, probability) in ranked)
            {
                table[codePoint] = weight * Math.Max(Math.Log(probability), UnrankedCharacter);
            }
        }
        return priors;
    }

    /// <summary>
    /// The CJK candidates of a slot that only has candidates of East Asian blocks (a lost byte of 中 also makes
    /// compatibility squares and rare extension characters), or where the character model read an ideograph or kana:
    /// either would otherwise keep the slot out of word search. A lead byte kept as a letter (the é of 钟, E9 with both
    /// bytes after it lost) is then no word's character, and the words about it can still decide the slot.
    /// </summary>
    private static int[] OnlyCjk(int[] candidates, int chosen)
    {
        if (candidates.Length == 1 || (candidates.Any(c => c < 0x2E80) && !IsHanOrKana(chosen)) || candidates.All(IsCjk))
        {
            return candidates;
        }
        var cjk = candidates.Where(IsCjk).ToArray();
        return cjk.Length > 0 ? cjk : candidates;
    }

    private int[] Prune(int[] candidates, int chosen) =>
        candidates.Length <= MaxCandidatesPerSlot
            ? candidates
            : candidates.OrderByDescending(c => c == chosen ? double.MaxValue : characters.Score(0, 0, c)).Take(MaxCandidatesPerSlot).ToArray();

    // Text around the words may hold a lone surrogate (a string, not decoded bytes): it stays one unknown character.
    private static string AsText(int codePoint) =>
        codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    private static bool IsKana(int c) => c is >= 0x3041 and <= 0x30FA;

    private static bool IsHanOrKana(int c) => IsKana(c) || c is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF);

    private static bool IsKatakana(int c) => c is (>= 0x30A1 and <= 0x30FA) or 0x30FC;

    /// <summary>A slot whose every candidate is a CJK character or mark.</summary>
    internal static bool IsCjkSlot(int[] candidates) => candidates.All(IsCjk);

    /// <summary>Whether <paramref name="c"/> is a CJK character or full-width mark that the word models read.</summary>
    internal static bool IsCjk(int c) => c is (>= 0x3001 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF01 and <= 0xFF5E);

    /// <summary>
    /// A word from one position to <see cref="End"/>: its trigram model id, or -1 and its score as an unknown token; in
    /// Japanese its right context id, left context id and IPAdic word cost.
    /// </summary>
    private readonly record struct Edge(int End, string Text, int Id, double Extra, int Left = 0, int Cost = 0);

    /// <summary>The best way to reach a position in one state: its score, the word that ends there and the state before it.</summary>
    private readonly record struct State(double Score, int From, long Previous, string? Text);
}
