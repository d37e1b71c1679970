using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Decoding;

/// <summary>
/// A second opinion on a decoded Chinese line: each ambiguous character is re-decided by two word trigram models
/// trained on different corpora (libime's and SunPinyin's), each reading the text around it by its own best
/// segmentation. One model's blind spot (极度<b>偏</b>科 read as 华科, 通<b>吃</b>) is seldom the other's. Traditional
/// text is read by libime's model alone (through simplified forms; SunPinyin would read 檔名 as 檔子).
/// </summary>
internal sealed class ChineseRescorer(Func<int, int, double> prior, Func<int, double> unknownCharacter, bool traditional, ViterbiStates<double>.Pool states)
{
    // How much SunPinyin's model counts beside libime's, which the first pass decoded with: a smaller model (71k words,
    // pruned to 1M trigrams) whose judgement at full weight overrules libime's where libime knows better (给予更多计算
    // 步数 read as 来数).
    private const double SecondWeight = 0.25;

    // How far below the first model's reading an alternative may score and still be weighed by both.
    private const double Hopeless = 3;

    // Characters either side of a slot that its score is judged over: a trigram reaches two words back.
    private const int Window = 5;
    private const int MaxWordLength = 8;
    private const int MaxStates = 8;

    // The alternatives of a slot tried: the ones the character model ranks first.
    private const int Alternatives = 8;

    private const int Transparent = -2;

    private static WordTrigramModel First => WordTrigramModel.Shared;
    private static WordTrigramModel Second => WordTrigramModel.OpenGram;
    private static ChineseVariants Variants => ChineseVariants.Shared;

    /// <summary>Re-decides, left to right, each slot of <paramref name="path"/> with more than one CJK candidate.</summary>
    public void Rescore(int[][] slots, int[] path)
    {
        var cjk = slots.Select(WordSegmentDecoder.IsCjkSlot).ToArray();
        for (var s = 0; s < slots.Length; s++)
        {
            if (slots[s].Length < 2 || !cjk[s])
            {
                continue;
            }
            var window = new Neighbourhood(path, cjk, s);
            var scores = Weigh(slots[s], s, window);
            window.Set(s, scores.MaxBy(x => x.Score).CodePoint);
        }
    }

    /// <summary>
    /// How likely each of the alternatives weighed is, per slot with more than one CJK candidate, given the characters
    /// around it in <paramref name="path"/> (the chosen one among them): the confidence of the models that decided it.
    /// </summary>
    public Dictionary<int, (int CodePoint, double Probability)[]> Posteriors(int[][] slots, int[] path)
    {
        var cjk = slots.Select(WordSegmentDecoder.IsCjkSlot).ToArray();
        var posteriors = new Dictionary<int, (int, double)[]>();
        for (var s = 0; s < slots.Length; s++)
        {
            if (slots[s].Length < 2 || !cjk[s])
            {
                continue;
            }
            var chosen = path[s];
            var scores = Weigh(slots[s], s, new Neighbourhood(path, cjk, s));
            path[s] = chosen;
            posteriors[s] = LogProbabilities.Ranked(scores.ConvertAll(x => x.CodePoint), scores.ConvertAll(x => x.Score));
        }
        return posteriors;
    }

    /// <summary>
    /// The score of the slot's chosen character (the one in <paramref name="window"/>) and of its likeliest alternatives
    /// by the character model, each read by both word models; the window is left holding the last one weighed.
    /// </summary>
    private List<(int CodePoint, double Score)> Weigh(int[] candidates, int s, Neighbourhood window)
    {
        var chosen = window.Get(s);
        var chosenFirst = Segment(First, window) + prior(s, chosen);
        var chosenSecond = SecondOpinion(window);
        var scores = new List<(int, double)> { (chosen, chosenFirst + chosenSecond) };
        foreach (var c in candidates.Where(c => c != chosen).OrderByDescending(c => prior(s, c)).Take(Alternatives))
        {
            window.Set(s, c);
            var first = Segment(First, window) + prior(s, c);
            // The second model, weighed this little, cannot make up for much less than this: it is taken to judge such an
            // alternative as it judged the chosen one, which keeps it behind.
            var second = first < chosenFirst - Hopeless ? chosenSecond : SecondOpinion(window);
            scores.Add((c, first + second));
        }
        return scores;
    }

    private double SecondOpinion(Neighbourhood window) => traditional ? 0 : SecondWeight * Segment(Second, window);

    /// <summary>
    /// The log probability of the characters of <paramref name="window"/> under <paramref name="model"/>'s best
    /// segmentation: CJK characters make its words (traditional ones through their simplified forms), known punctuation
    /// is itself, spaces and markup are no token, a number is its numeral words (alone or with the unit after it), and
    /// any other run is one unknown token.
    /// </summary>
    private double Segment(WordTrigramModel model, Neighbourhood window)
    {
        var n = window.Length;
        var unknown = model.Unknown;
        var reached = new ViterbiStates<double>(n + 1, states);
        reached.At(0)[WordSegmentDecoder.Pair(unknown, unknown)] = 0;
        for (var i = 0; i < n; i++)
        {
            if (reached[i] is null)
            {
                continue;
            }
            var live = reached.Live(i, MaxStates, score => score);
            var edges = Edges(model, window, i);
            foreach (var (previous, score) in live)
            {
                var (beforeLast, last) = WordSegmentDecoder.Unpair(previous);
                foreach (var (end, id, extra) in edges)
                {
                    var key = id == Transparent ? previous : WordSegmentDecoder.Pair(last, id);
                    var total = score + extra + (id < 0 ? 0 : model.Score(beforeLast, last, id));
                    var target = reached.At(end);
                    if (!target.TryGetValue(key, out var existing) || existing < total)
                    {
                        target[key] = total;
                    }
                }
            }
            // Only the score at the line's end is asked for, never the path: these states are done with.
            reached.Release(i);
        }
        var atEnd = window.AtLineEnd;
        var best = reached[n]!.Max(s =>
        {
            var (beforeLast, last) = WordSegmentDecoder.Unpair(s.Key);
            return s.Value + (atEnd ? model.Score(beforeLast, last, unknown) : 0);
        });
        // Every position before the end was let go as the search passed it.
        reached.Release(n);
        return best;
    }

    private List<(int End, int Id, double Extra)> Edges(WordTrigramModel model, Neighbourhood window, int i)
    {
        var edges = new List<(int, int, double)>();
        var keys = window.Keys;
        var c = window.At(i);
        if (!window.IsCjk(i))
        {
            if (WordSegmentDecoder.IsTransparent(c))
            {
                edges.Add((i + 1, Transparent, 0));
                return edges;
            }
            var id = model.Find(keys[i]);
            if (id >= 0)
            {
                edges.Add((i + 1, id, 0));
                return edges;
            }
            var end = i + 1;
            while (end < keys.Length && !window.IsCjk(end) && !WordSegmentDecoder.IsTransparent(window.At(end)) && model.Find(keys[end]) < 0)
            {
                end++;
            }
            var run = string.Concat(keys[i..end]);
            edges.Add((end, WordSegmentDecoder.RunId(model, run), 0));
            AddNumberWords(model, edges, window, end, run);
            return edges;
        }
        // A word is looked up as it is spelt and by its simplified forms (協議 as 协议).
        var simplified = window.Simplified;
        var word = keys[i];
        var simple = simplified[i];
        if (!AddWords(model, edges, i + 1, word, simple, out var longer))
        {
            edges.Add((i + 1, model.Unknown, unknownCharacter(c)));
        }
        // Longer words are looked up only while some word of the vocabulary starts with the characters so far.
        for (var end = i + 2; longer && end <= Math.Min(keys.Length, i + MaxWordLength) && window.IsCjk(end - 1); end++)
        {
            word += keys[end - 1];
            simple += simplified[end - 1];
            AddWords(model, edges, end, word, simple, out longer);
        }
        return edges;
    }

    // The words a number makes with the characters after it (十二月), as the first pass reads them.
    private static void AddNumberWords(WordTrigramModel model, List<(int, int, double)> edges, Neighbourhood window, int end, string run)
    {
        if (ChineseNumerals.Read(run) is not { } numeral)
        {
            return;
        }
        var unit = end;
        while (unit < window.Length && !window.IsCjk(unit) && window.At(unit) == ' ')
        {
            unit++;
        }
        if (unit == window.Length || !window.IsCjk(unit) || !ChineseNumerals.IsUnit(window.Simplified[unit][0]))
        {
            return;
        }
        var (word, simple, longer) = (numeral, numeral, true);
        for (var stop = unit + 1; longer && stop <= Math.Min(window.Length, unit + MaxWordLength) && window.IsCjk(stop - 1); stop++)
        {
            word += window.Keys[stop - 1];
            simple += window.Simplified[stop - 1];
            AddWords(model, edges, stop, word, simple, out longer);
        }
    }

    private static bool AddWords(WordTrigramModel model, List<(int, int, double)> edges, int end, string word, string simplified, out bool longer)
    {
        var id = model.Find(word, out longer);
        if (id >= 0)
        {
            edges.Add((end, id, 0));
        }
        var simple = -1;
        if (word != simplified)
        {
            simple = model.Find(simplified, out var simplifiedLonger);
            longer |= simplifiedLonger;
        }
        if (simple >= 0)
        {
            edges.Add((end, simple, 0));
        }
        return id >= 0 || simple >= 0;
    }

    /// <summary>
    /// The characters of the line around a slot (path[lo, hi)), spelt once for both models: as they are and by their
    /// simplified forms.
    /// </summary>
    private sealed class Neighbourhood
    {
        private readonly int[] _path;
        private readonly bool[] _cjk;
        private readonly int _lo;

        /// <summary>The characters within <see cref="Window"/> of line position <paramref name="slot"/>.</summary>
        public Neighbourhood(int[] path, bool[] cjk, int slot)
        {
            var (lo, hi) = (Math.Max(0, slot - Window), Math.Min(path.Length, slot + Window + 1));
            (_path, _cjk, _lo) = (path, cjk, lo);
            Keys = new string[hi - lo];
            Simplified = new string[hi - lo];
            AtLineEnd = hi == path.Length;
            for (var k = 0; k < Keys.Length; k++)
            {
                Spell(k);
            }
        }

        public string[] Keys { get; }

        public string[] Simplified { get; }

        public bool AtLineEnd { get; }

        public int Length => Keys.Length;

        public int At(int k) => _path[_lo + k];

        public bool IsCjk(int k) => _cjk[_lo + k];

        /// <summary>The character in the path at <paramref name="slot"/> (a line position).</summary>
        public int Get(int slot) => _path[slot];

        /// <summary>Puts <paramref name="c"/> in the path at <paramref name="slot"/> (a line position).</summary>
        public void Set(int slot, int c)
        {
            _path[slot] = c;
            Spell(slot - _lo);
        }

        private void Spell(int k)
        {
            var c = At(k);
            Keys[k] = c is >= 0xD800 and <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c);
            var forms = Variants.Simplified(c);
            Simplified[k] = forms.Length > 0 ? char.ConvertFromUtf32(forms[0]) : Keys[k];
        }
    }
}
