using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Decoding;

/// <summary>
/// Japanese lines: two searches and their combination. IPAdic's costs rank the readings of one given string well (its
/// grammar: 良く、 before 朝から), libkkc's word trigrams the strings themselves (朝から over 我々が, where every
/// kana and mark lost both bytes after its lead); each is searched alone, and where their readings differ, span by
/// span, the one both models together score higher wins.
/// </summary>
internal sealed partial class WordSegmentDecoder
{
    // How much libkkc's word trigram score counts beside IPAdic's search objective (its costs and the character model).
    private const double WordTrigramWeight = 2;

    private const char FullWidthOffset = (char)0xFEE0;
    private const int FullWidthTilde = 0xFF5E;
    private const int WaveDash = 0x301C;

    // IPAdic costs are negative log probabilities times roughly this much.
    private const double JapaneseCostScale = 700;

    // MeCab's costs rank the readings of one given string: across candidate strings they reward cheap tokens (a run of
    // 、 or particles outscores a content word), so a generative character trigram over the chosen text carries the
    // comparison, and the word costs, weighted this much, the grammar.
    private const double JapaneseWordWeight = 1.5;

    // Japanese lines keep the candidates IPAdic prices lowest as one-character words (words of two or more characters
    // may use any), and per position the best states by (right context id, last two characters).
    private const int JapaneseCandidatesPerSlot = 100;

    private const int JapaneseMaxStates = 32;

    // A line is Japanese where at least one character in this many read as kana or ideographs is kana that is certain.
    private const int SureKanaShare = 20;

    // A line of this many characters read as kana or ideographs and none of them kana is Chinese; a shorter one may be
    // a Japanese line of kanji alone.
    private const int CharactersToTell = 12;

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

    // Whether the search under way is the word trigram one (every Chinese line; the second search of a Japanese line).
    private bool _wordTrigrams;

    // While one reading of the line is being scored: that reading, one candidate a slot.
    private int[][]? _fixed;

    // Whether some character of the Japanese line lost nearly all its bytes (latin-1 leaves "ã" of a hundred kana).
    private bool _nearlyAllLost;

    // The candidates words may spell a slot with.
    private int[] Spellable(int i) => _fixed?[i] ?? _full[i];

    /// <summary>
    /// Decodes a Japanese line into <paramref name="path"/>: IPAdic's search over <paramref name="ipadicSlots"/>, the
    /// word trigram search over <paramref name="trigramSlots"/>, then, left to right, each span where the two differ
    /// taken from the trigram reading where that raises the combined score of the whole line.
    /// </summary>
    private void SegmentJapaneseLine(int[][] ipadicSlots, int[][] trigramSlots, int[] path)
    {
        var current = (int[])path.Clone();
        _wordTrigrams = false;
        SegmentJapanese(ipadicSlots, current);
        var words = (int[])path.Clone();
        _wordTrigrams = true;
        TrigramViterbi(trigramSlots, words);
        var currentScore = double.NaN;
        var s = 0;
        while (s < path.Length)
        {
            if (current[s] == words[s])
            {
                s++;
                continue;
            }
            // A span runs to the first two slots in a row where both readings agree.
            var end = s + 1;
            while (end < path.Length && (current[end] != words[end] || (end + 1 < path.Length && current[end + 1] != words[end + 1])))
            {
                end++;
            }
            if (double.IsNaN(currentScore))
            {
                currentScore = Combined(current);
            }
            var other = (int[])current.Clone();
            Array.Copy(words, s, other, s, end - s);
            var otherScore = Combined(other);
            if (otherScore > currentScore)
            {
                (current, currentScore) = (other, otherScore);
            }
            s = end;
        }
        current.CopyTo(path, 0);
    }

    // Both models' score of the line as the reading spells it: each model's search with that one candidate in every slot.
    private double Combined(int[] reading)
    {
        _fixed = reading.Select(c => new[] { c }).ToArray();
        _wordTrigrams = false;
        var score = SegmentJapanese(_fixed, (int[])reading.Clone());
        _wordTrigrams = true;
        score += WordTrigramWeight * TrigramViterbi(_fixed, (int[])reading.Clone());
        _fixed = null;
        return score;
    }

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

    /// <summary>
    /// Whether a line is read as Japanese: by its own kana (<see cref="IsJapanese"/>), or, where it has too few characters
    /// to tell (a list item of kanji, "・片栗粉……大さじ1", whose lost bytes the character model reads as Chinese), as the
    /// lines of the document that could tell are, or as its certain text is before any could.
    /// </summary>
    private bool ReadsAsJapanese(int[][] slots, int[] path)
    {
        var japanese = IsJapanese(slots, path, out var read);
        if (japanese || read >= CharactersToTell)
        {
            _japaneseLines += japanese ? 1 : 0;
            _chineseLines += japanese ? 0 : 1;
            return japanese;
        }
        return _japaneseLines != _chineseLines ? _japaneseLines > _chineseLines : characters.WritesJapanese;
    }

    // Kana that are certain in a twentieth of the characters read as kana or ideographs (Japanese writes its particles
    // in kana; a Chinese line may quote a katakana or two: 你好 read as GBK is 浣犲ソ), or that the character model reads
    // in a tenth of the CJK slots (where lost bytes leave every kana slot ambiguous, as with C1 controls stripped).
    private static bool IsJapanese(int[][] slots, int[] path, out int words)
    {
        var cjk = 0;
        var kana = 0;
        words = 0;
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
}
