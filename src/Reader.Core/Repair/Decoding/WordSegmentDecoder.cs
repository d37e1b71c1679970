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

    // IPAdic costs are negative log probabilities times roughly this much.
    private const double JapaneseCostScale = 700;

    // MeCab's costs rank the readings of one given string: across candidate strings they reward cheap tokens (a run of
    // 、 or particles outscores a content word), so a generative character trigram over the chosen text carries the
    // comparison, and the word costs, weighted this much, the grammar.
    private const double JapaneseWordWeight = 1.5;

    // Japanese lines keep the candidates IPAdic prices lowest as one-character words (words of two or more characters
    // may use any), and per position the best states by (right context id, last two characters).
    private const int JapaneseCandidatesPerSlot = 100;

    // The most candidates a full-width mark may have for the character model to judge it alone: one byte lost to a
    // Windows page, which lacks at most eight.
    private const int FewMarkRivals = 16;
    private const int JapaneseMaxStates = 32;

    // A line is Japanese where at least one character in this many read as kana or ideographs is kana that is certain.
    private const int SureKanaShare = 20;

    // Running Japanese has several times more hiragana than katakana; a rebuilt byte that could make either (い or
    // ツ differ in one lost byte) should not favour a loanword just because IPAdic prices it low. Katakana come in runs,
    // though: beside a katakana that stood whole (ケ|トル, コーヒー|ミル) a rebuilt letter is no likelier hiragana.
    private const double RebuiltKatakana = 3;

    // What each further letter of an unknown katakana word costs (IPAdic cost units).
    private const int KatakanaLetterCost = 1500;

    // What a word boundary inside a run of katakana costs (IPAdic cost units). A run is mostly one loanword, and MeCab's
    // costs, made to segment one given string, price two cheap words (チー ジョン) under one dearer one (バージョン)
    // that a lost byte makes a rival spelling of.
    private const int KatakanaSplitCost = 2500;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], Dictionary<int, (int Start, int End)>> s_firstCharacters = [];

    private static readonly IReadOnlyDictionary<int, (int CodePoint, double Probability)[]> NoConfidences = new Dictionary<int, (int, double)[]>();

    // The searches' states, reused from line to line.
    private readonly ViterbiStates<State>.Pool _states = new();
    private readonly ViterbiStates<double>.Pool _rescorerStates = new();

    private Dictionary<int, double>?[] _priors = [];
    private bool _chinese;

    // Whether some character of the Japanese line lost nearly all its bytes (latin-1 leaves "ã" of a hundred kana).
    private bool _nearlyAllLost;

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
            _chinese = !IsJapanese(slots, path);
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

    /// <summary>
    /// The Japanese Viterbi: a state is (right context id, last two characters), so every word pays both its MeCab
    /// costs and the character model's price of its characters after the ones before it. Returns the best score.
    /// </summary>
    private double SegmentJapanese(int[][] slots, int[] path)
    {
        var n = slots.Length;
        _spellings = new Dictionary<int, int[]>?[n];
        var states = new ViterbiStates<State>(n + 1, _states);
        states.At(0)[JapaneseKey(JapaneseWordModel.Boundary, 0, 0)] = new State(0, -1, -1, null);
        for (var i = 0; i < n; i++)
        {
            if (states[i] is null)
            {
                continue;
            }
            var live = states.Live(i, JapaneseMaxStates, s => s.Score);
            var edges = Edges(slots, path, i);
            // States that end in the same two characters price each word's characters alike: once per pair.
            var wordPrices = new WordPrices(edges, characters);
            var priced = new Dictionary<long, (int Q1, int Q2, double Chars)[]>();
            foreach (var (previous, state) in live)
            {
                var right = (int)(previous & 0x7FF);
                var p1 = (int)((previous >> 11) & 0x1FFFFF);
                var p2 = (int)(previous >> 32);
                var lastTwo = previous >> 11;
                if (!priced.TryGetValue(lastTwo, out var prices))
                {
                    priced[lastTwo] = prices = wordPrices.After(p1, p2);
                }
                for (var e = 0; e < edges.Count; e++)
                {
                    var edge = edges[e];
                    var (q1, q2, chars) = prices[e];
                    var score = state.Score + edge.Extra + chars;
                    var nextRight = right;
                    // The next letter of an unknown katakana word joins it: the word's cost is paid, but for a little per
                    // letter, or a run would swallow the particles beside it (のはミニトマト as のワミニトマト).
                    var continues = edge.Id == JapaneseWordModel.KatakanaRun && right == JapaneseWordModel.KatakanaRun;
                    if (continues)
                    {
                        score -= JapaneseWordWeight * KatakanaLetterCost / JapaneseCostScale;
                    }
                    else if (edge.Id != Transparent)
                    {
                        nextRight = edge.Id;
                        // Where the katakana before took the space between them as its byte (ム of "ãƒ ã‚¾"), the words
                        // meet where the text shows a space, as they would where it is one: no split there.
                        var split = IsKatakana(p1) && IsKatakana(char.ConvertToUtf32(edge.Text, 0)) && !_afterTakenSpace[i] ? KatakanaSplitCost : 0;
                        score -= JapaneseWordWeight * (edge.Cost + Japanese.Connection(right, edge.Left) + split) / JapaneseCostScale;
                    }
                    var key = JapaneseKey(nextRight, q1, q2);
                    var target = states.At(edge.End);
                    if (!target.TryGetValue(key, out var existing) || existing.Score < score)
                    {
                        target[key] = new State(score, i, previous, edge.Text);
                    }
                }
            }
        }
        double Final(KeyValuePair<long, State> s) =>
            s.Value.Score - JapaneseWordWeight * Japanese.Connection((int)(s.Key & 0x7FF), JapaneseWordModel.Boundary) / JapaneseCostScale;
        var best = states[n]!.MaxBy(Final);
        Trace(slots, path, states, best.Key);
        states.ReleaseAll();
        return Final(best);
    }

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

    /// <summary>
    /// The character model's price of the words that start at one position, after each context they may follow. Only a
    /// word's first two characters see the characters before it; the rest are priced once for every context, and the
    /// first two once per distinct character (pair) rather than per word: a position where characters lost two bytes
    /// starts a thousand words with a few dozen first characters.
    /// </summary>
    private sealed class WordPrices
    {
        private readonly DocumentModel _characters;
        private readonly int _count;
        // Per edge: its first character and first pair (indexes into the distinct ones; -1 for a one-character word),
        // what its characters after the second add, and its last two characters where those are its own.
        private readonly int[] _firstOf;
        private readonly int[] _pairOf;
        private readonly double[][] _tails;
        private readonly (int Q1, int Q2)[] _ends;
        private readonly List<int> _firsts = [];
        private readonly List<(int A, int B)> _pairs = [];
        private readonly double[] _firstScores;
        // Per character before the word: its first pairs' prices, which contexts ending in that character share.
        private readonly Dictionary<int, double[]> _pairScores = [];

        public WordPrices(List<Edge> edges, DocumentModel characters)
        {
            _characters = characters;
            _count = edges.Count;
            _firstOf = new int[_count];
            _pairOf = new int[_count];
            _tails = new double[_count][];
            _ends = new (int, int)[_count];
            var firstIndex = new Dictionary<int, int>();
            var pairIndex = new Dictionary<(int, int), int>();
            string? seen = null;
            for (var e = 0; e < _count; e++)
            {
                var text = edges[e].Text;
                if (ReferenceEquals(text, seen))
                {
                    // The readings of one surface follow each other and share its string.
                    (_firstOf[e], _pairOf[e], _tails[e], _ends[e]) = (_firstOf[e - 1], _pairOf[e - 1], _tails[e - 1], _ends[e - 1]);
                    continue;
                }
                seen = text;
                var codePoints = CodePointReader.All(text);
                _firstOf[e] = IndexOf(firstIndex, codePoints[0], _firsts);
                _pairOf[e] = codePoints.Length > 1 ? IndexOf(pairIndex, (codePoints[0], codePoints[1]), _pairs) : -1;
                var tail = new double[Math.Max(0, codePoints.Length - 2)];
                for (var k = 2; k < codePoints.Length; k++)
                {
                    tail[k - 2] = characters.Score(codePoints[k - 2], codePoints[k - 1], codePoints[k]);
                }
                _tails[e] = tail;
                _ends[e] = codePoints.Length > 1 ? (codePoints[^1], codePoints[^2]) : (codePoints[0], -1);
            }
            _firstScores = new double[_firsts.Count];
        }

        /// <summary>Per edge: the last two characters after its word and its characters' price after <paramref name="p1"/> (and <paramref name="p2"/> before it).</summary>
        public (int Q1, int Q2, double Chars)[] After(int p1, int p2)
        {
            for (var f = 0; f < _firsts.Count; f++)
            {
                _firstScores[f] = _characters.Score(p2, p1, _firsts[f]);
            }
            if (!_pairScores.TryGetValue(p1, out var pairScores))
            {
                _pairScores[p1] = pairScores = new double[_pairs.Count];
                for (var k = 0; k < _pairs.Count; k++)
                {
                    pairScores[k] = _characters.Score(p1, _pairs[k].A, _pairs[k].B);
                }
            }
            var prices = new (int, int, double)[_count];
            for (var e = 0; e < _count; e++)
            {
                // Summed character by character, in order: the same price, to the last bit, as pricing the word whole.
                var chars = _firstScores[_firstOf[e]];
                if (_pairOf[e] < 0)
                {
                    prices[e] = (_ends[e].Q1, p1, chars);
                    continue;
                }
                chars += pairScores[_pairOf[e]];
                foreach (var score in _tails[e])
                {
                    chars += score;
                }
                prices[e] = (_ends[e].Q1, _ends[e].Q2, chars);
            }
            return prices;
        }

        private static int IndexOf<T>(Dictionary<T, int> index, T key, List<T> keys)
            where T : notnull
        {
            if (!index.TryGetValue(key, out var i))
            {
                index[key] = i = keys.Count;
                keys.Add(key);
            }
            return i;
        }
    }

    // IPAdic has 1316 context ids (11 bits); code points take 21 bits each.
    private static long JapaneseKey(int right, int last, int beforeLast) => (uint)right | ((long)last << 11) | ((long)beforeLast << 32);

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

    // Japanese outside kana and kanji: the dictionary's reading of known symbols (、。「」), else an unknown noun.
    private Edge JapaneseOther(int[] path, int[][] slots, int i)
    {
        var text = AsText(path[i]);
        if (IsTransparent(path[i]))
        {
            return new Edge(i + 1, text, Transparent, 0);
        }
        var end = i + 1;
        while (end < path.Length && !IsCjkSlot(slots[end]) && char.IsAsciiLetterOrDigit((char)path[end]) && char.IsAsciiLetterOrDigit((char)path[i]))
        {
            end++;
        }
        var run = string.Concat(Enumerable.Range(i, end - i).Select(k => AsText(path[k])));
        var known = Japanese.Find(run);
        if (known.Length == 0 && run.All(char.IsAsciiDigit))
        {
            // IPAdic lists numbers in full-width digits only; a number is the noun a counter or date follows (12月, 3つ).
            known = Japanese.Find(((char)(run[0] - '0' + '\uFF10')).ToString());
        }
        return known.Length > 0
            ? new Edge(end, run, known[0].Right, 0, known[0].Left, known[0].Cost)
            : new Edge(end, run, JapaneseWordModel.UnknownContext, 0, JapaneseWordModel.UnknownContext, JapaneseWordModel.UnknownCost);
    }

    /// <summary>Every IPAdic reading the candidates can spell from position <paramref name="i"/>; the right context id is the state.</summary>
    private List<Edge> JapaneseWords(int[][] slots, int i)
    {
        var edges = new List<Edge>();
        // Where nearly all of a character's bytes were lost (latin-1 leaves "ã" of a hundred kana and marks), IPAdic's
        // negative costs (、 is -2435) would put that word in every such slot for free: there it costs at least 0.
        var nearlyAllLost = _full[i].Length > JapaneseCandidatesPerSlot;
        foreach (var c in slots[i])
        {
            var text = char.ConvertFromUtf32(c);
            var prior = CharacterPrior(i, c);
            var readings = Japanese.Find(text);
            AddEdges(Next(i, c));
            if (TakesSpace(i, c))
            {
                AddEdges(i + 1);
            }

            void AddEdges(int end)
            {
                foreach (var reading in readings)
                {
                    edges.Add(new Edge(end, text, reading.Right, prior, reading.Left, nearlyAllLost ? Math.Max(0, reading.Cost) : reading.Cost));
                }
                if (IsKatakana(c))
                {
                    // Also as a letter of a loanword the dictionary lacks: the run of them costs as one unknown noun.
                    edges.Add(new Edge(end, text, JapaneseWordModel.KatakanaRun, prior, JapaneseWordModel.KatakanaRun, JapaneseWordModel.UnknownKatakanaCost));
                }
                else if (readings.Length == 0)
                {
                    edges.Add(new Edge(end, text, JapaneseWordModel.UnknownContext, prior, JapaneseWordModel.UnknownContext, JapaneseWordModel.UnknownCost));
                }
            }
        }
        Spell(Japanese.Vocabulary, i, (end, text, _, prior) =>
        {
            if (end > i + 1)
            {
                foreach (var reading in Japanese.Find(text))
                {
                    edges.Add(new Edge(end, text, reading.Right, prior, reading.Left, reading.Cost));
                }
            }
        });
        return edges;
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

    /// <summary>
    /// Calls <paramref name="found"/> (end, text, the entry it spells, character prior) for every entry of two or more
    /// characters in <paramref name="vocabulary"/> that the candidates spell from slot <paramref name="i"/>. It walks
    /// the entries sharing each prefix rather than the candidates, so a slot with hundreds of candidates (two lost
    /// bytes) costs no more than the words that fit.
    /// </summary>
    private void Spell(string[] vocabulary, int i, Action<int, string, string, double> found)
    {
        var index = s_firstCharacters.GetValue(vocabulary, IndexFirstCharacters);
        // A word may start with any candidate of a slot with a few dozen; in Chinese, of a slot with hundreds (two lost
        // bytes) only with those the character model ranked, while later characters of the word may still be any
        // candidate. IPAdic's words start anywhere: the character model prices every word in its Viterbi itself.
        // (A character that takes the space after it is one of a few: it may always start one.)
        var starts = !_wordTrigrams || Spellable(i).Length <= MaxWordStarts || _priors[i] is not { } ranked
            ? Spellable(i)
            : Spellable(i).Where(c => ranked.ContainsKey(c) || TakesSpace(i, c));
        foreach (var c in starts)
        {
            foreach (var key in Keys(c))
            {
                if (!index.TryGetValue(key, out var range))
                {
                    continue;
                }
                var depth = Units(key);
                var (lo, hi) = range;
                if (vocabulary[lo].Length == depth)
                {
                    lo++;
                }
                if (lo < hi)
                {
                    Walk(vocabulary, Next(i, c), depth, char.ConvertFromUtf32(c), CharacterPrior(i, c), lo, hi, found);
                }
            }
        }
    }

    // Every entry of vocabulary[lo, hi) starts with the same depth UTF-16 units, which text (the candidates) spells.
    private void Walk(string[] vocabulary, int position, int depth, string text, double prior, int lo, int hi, Action<int, string, string, double> found)
    {
        if (position >= _full.Length || !IsCjkSlot(_full[position]))
        {
            return;
        }
        var spellings = _spellings[position] ??= Spellings(Spellable(position));
        // Step through whichever is fewer: the slot's spellings (one, where the character is certain) or the
        // distinct characters that continue the prefix.
        if (spellings.Count * 8 < hi - lo)
        {
            foreach (var (key, candidates) in spellings)
            {
                var (start, end) = Range(vocabulary, depth, key, lo, hi);
                if (start < end)
                {
                    Continue(vocabulary, position, depth + Units(key), text, candidates, prior, start, end, found);
                }
            }
            return;
        }
        var k = lo;
        while (k < hi)
        {
            var key = char.ConvertToUtf32(vocabulary[k], depth);
            var (_, end) = Range(vocabulary, depth, key, k, hi);
            if (spellings.TryGetValue(key, out var candidates))
            {
                Continue(vocabulary, position, depth + Units(key), text, candidates, prior, k, end, found);
            }
            k = end;
        }
    }

    // vocabulary[start, end) all start with the same depth units, spelt at this position by any of candidates; the first
    // entry may be those units alone.
    private void Continue(string[] vocabulary, int position, int depth, string text, int[] candidates, double prior, int start, int end, Action<int, string, string, double> found)
    {
        var whole = vocabulary[start].Length == depth;
        foreach (var c in candidates)
        {
            var spelt = text + char.ConvertFromUtf32(c);
            var withPrior = prior + CharacterPrior(position, c);
            var rest = start;
            if (whole)
            {
                found(Next(position, c), spelt, vocabulary[start], withPrior);
                if (TakesSpace(position, c))
                {
                    found(position + 1, spelt, vocabulary[start], withPrior);
                }
                rest++;
            }
            if (rest < end)
            {
                Walk(vocabulary, Next(position, c), depth, spelt, withPrior, rest, end, found);
            }
        }
    }

    // The characters a candidate may be spelt by in the vocabulary: itself, and in Chinese lines its simplified forms.
    private IEnumerable<int> Keys(int c)
    {
        yield return c;
        if (!_chinese && c == FullWidthTilde)
        {
            // libkkc's corpus writes the wave dash for it.
            yield return WaveDash;
        }
        if (_chinese)
        {
            foreach (var simplified in Variants.Simplified(c))
            {
                yield return simplified;
            }
        }
    }

    private Dictionary<int, int[]> Spellings(int[] candidates)
    {
        var spellings = new Dictionary<int, List<int>>();
        foreach (var c in candidates)
        {
            foreach (var key in Keys(c))
            {
                if (!spellings.TryGetValue(key, out var list))
                {
                    spellings[key] = list = [];
                }
                list.Add(c);
            }
        }
        return spellings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    // Where the entries starting with each character lie: the first step of every word search, for up to a thousand
    // candidates a slot, is then a lookup instead of two binary searches.
    private static Dictionary<int, (int Start, int End)> IndexFirstCharacters(string[] vocabulary)
    {
        var index = new Dictionary<int, (int, int)>();
        var k = 0;
        while (k < vocabulary.Length)
        {
            if (vocabulary[k].Length == 0)
            {
                k++;
                continue;
            }
            var c = char.ConvertToUtf32(vocabulary[k], 0);
            var (start, end) = Range(vocabulary, 0, c, k, vocabulary.Length);
            index[c] = (start, end);
            k = end;
        }
        return index;
    }

    /// <summary>
    /// The entries of <paramref name="vocabulary"/>[lo, hi), which share their first <paramref name="depth"/> UTF-16 units,
    /// whose next character is <paramref name="key"/>: two binary searches on that character alone, so the walk builds
    /// no prefix strings and compares no more than it must.
    /// </summary>
    private static (int Start, int End) Range(string[] vocabulary, int depth, int key, int lo, int hi)
    {
        Span<char> units = stackalloc char[2];
        var next = units[..new System.Text.Rune(key).EncodeToUtf16(units)];
        var start = FirstAfter(vocabulary, depth, next, lo, hi, 0);
        return (start, FirstAfter(vocabulary, depth, next, start, hi, 1));
    }

    // The first entry of vocabulary[lo, hi) whose units from depth on compare with next at least as much as least (0: at
    // or beyond the entries that continue with next, 1: beyond them).
    private static int FirstAfter(string[] vocabulary, int depth, ReadOnlySpan<char> next, int lo, int hi, int least)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var rest = vocabulary[mid].AsSpan(depth);
            var compared = rest[..Math.Min(rest.Length, next.Length)].SequenceCompareTo(next);
            if (compared == 0 && rest.Length < next.Length)
            {
                compared = -1;
            }
            if (Math.Sign(compared) < least)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int Units(int codePoint) => codePoint > 0xFFFF ? 2 : 1;

    // Whether the first character that stood whole on either side of the slot, past rebuilt ones that may be katakana
    // too, is katakana.
    private bool InKatakanaRun(int slot) => KatakanaBeside(slot, -1) || KatakanaBeside(slot, +1);

    private bool KatakanaBeside(int slot, int step)
    {
        for (var s = slot + step; s >= 0 && s < _full.Length; s += step)
        {
            if (_full[s].Length == 1)
            {
                return IsKatakana(_full[s][0]);
            }
            if (!_full[s].Any(IsKatakana))
            {
                return false;
            }
        }
        return false;
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

    private static int[] JapanesePrune(int[] candidates, int chosen) =>
        candidates.Length <= JapaneseCandidatesPerSlot
            ? candidates
            : candidates.OrderBy(c => c == chosen ? int.MinValue : OneCharacterCost(c)).Take(JapaneseCandidatesPerSlot).ToArray();

    // IPAdic's least cost of the character as a word of its own; characters it lacks come last.
    private static int OneCharacterCost(int c)
    {
        var readings = Japanese.Find(char.ConvertFromUtf32(c));
        return readings.Length == 0 ? int.MaxValue : readings.Min(r => r.Cost);
    }

    private int[] Prune(int[] candidates, int chosen) =>
        candidates.Length <= MaxCandidatesPerSlot
            ? candidates
            : candidates.OrderByDescending(c => c == chosen ? double.MaxValue : characters.Score(0, 0, c)).Take(MaxCandidatesPerSlot).ToArray();

    // Kana that are certain in a twentieth of the characters read as kana or ideographs (Japanese writes its particles
    // in kana; a Chinese line may quote a katakana or two: 你好 read as GBK is 浣犲ソ), or that the character model reads
    // in a tenth of the CJK slots (where lost bytes leave every kana slot ambiguous, as with C1 controls stripped).
    private static bool IsJapanese(int[][] slots, int[] path)
    {
        var cjk = 0;
        var kana = 0;
        var words = 0;
        var sureKana = 0;
        for (var s = 0; s < slots.Length; s++)
        {
            if (IsCjkSlot(slots[s]))
            {
                cjk++;
                kana += IsKana(path[s]) ? 1 : 0;
                words += IsHanOrKana(path[s]) ? 1 : 0;
                sureKana += slots[s].All(IsKana) ? 1 : 0;
            }
        }
        return (sureKana > 0 && sureKana * SureKanaShare >= words) || (kana >= 2 && kana * 10 >= cjk);
    }

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
