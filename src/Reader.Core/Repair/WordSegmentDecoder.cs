using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// Re-decides the ambiguous characters of a line with CJK damage by the best sequence of words: a Viterbi search over
/// (position, previous word) scored by the Chinese word bigram model and the character model's view of each slot, so a word is chosen for the words around it
/// (在…环境<b>中</b>优化) and not only for its own frequency. Words outside that vocabulary (Japanese kana words,
/// rare characters) are scored by the dictionary word table and the character model as one unknown token.
/// </summary>
internal sealed class WordSegmentDecoder(WordBigramModel bigrams, WordModel words, DocumentModel characters)
{
    // Word search branches on every candidate; beyond the likeliest few (by character frequency) it only costs time.
    private const int MaxCandidatesPerSlot = 16;
    private const int MaxStates = 24;
    private const int Transparent = -2;

    // How much the character model's own judgement of a slot (given its neighbours) counts beside the word model.
    private const double CharacterWeight = 0.3;
    private const double UnrankedCharacter = -9;
    // Without a Japanese word bigram table, the character model carries more of the decision in Japanese lines.
    private const double JapaneseCharacterWeight = 3;
    private Dictionary<int, (int CodePoint, double Probability)[]> _posteriors = [];
    private bool _chinese;

    /// <summary>
    /// Overrides <paramref name="path"/> in a line that holds an ambiguous CJK slot; the character model's judgement of
    /// each slot given its neighbours (<paramref name="posteriors"/>) weighs in beside the word model.
    /// </summary>
    public void Refine(IReadOnlyList<int[]> allSlots, int[] path, Dictionary<int, (int CodePoint, double Probability)[]> posteriors)
    {
        _posteriors = posteriors;
        var slots = allSlots.Select((candidates, s) =>
            candidates.Length <= MaxCandidatesPerSlot
                    ? candidates
                    : candidates.OrderByDescending(c => c == path[s] ? double.MaxValue : characters.Score(0, 0, c)).Take(MaxCandidatesPerSlot).ToArray())
            .ToArray();
        var ambiguous = false;
        for (var s = 0; s < slots.Length; s++)
        {
            ambiguous |= slots[s].Length > 1 && IsCjkSlot(slots[s]);
        }
        if (ambiguous)
        {
            // The bigram table is Chinese: it would turn Japanese kanji into Chinese forms (私→种, 毎→每). Kana mark a
            // Japanese line, decoded by the dictionary words (ipadic kana words, jieba) and the character model alone.
            _chinese = !slots.Any(s => s.All(IsKana));
            Segment(slots, path);
        }
    }

    /// <summary>
    /// One Viterbi pass over the whole line: CJK slots become words, punctuation the model knows stays itself, and any
    /// other run (Latin words, numbers, symbols) one unknown token, so context reaches across them (与 LLM “聊天”).
    /// </summary>
    private void Segment(int[][] slots, int[] path)
    {
        var n = slots.Length;
        var edges = new List<Edge>[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = IsCjkSlot(slots[i]) ? Words(slots, 0, i, n) : [Other(path, slots, i)];
        }
        var states = new Dictionary<int, State>[n + 1];
        states[0] = new Dictionary<int, State> { [bigrams.Unknown] = new State(0, -1, -1, null) };
        for (var i = 0; i < n; i++)
        {
            if (states[i] is not { } current)
            {
                continue;
            }
            if (current.Count > MaxStates)
            {
                current = current.OrderByDescending(s => s.Value.Score).Take(MaxStates).ToDictionary();
            }
            foreach (var (previous, state) in current)
            {
                foreach (var edge in edges[i])
                {
                    var key = edge.Id switch { Transparent => previous, < 0 => bigrams.Unknown, _ => edge.Id };
                    var score = state.Score + edge.Extra + (edge.Id == Transparent || !_chinese ? 0 : bigrams.Score(previous, key));
                    var target = states[edge.End] ??= [];
                    if (!target.TryGetValue(key, out var existing) || existing.Score < score)
                    {
                        target[key] = new State(score, i, previous, edge.Text);
                    }
                }
            }
        }
        var (last, _) = states[n].MaxBy(s => s.Value.Score + (_chinese ? bigrams.Score(s.Key, bigrams.Unknown) : 0));
        var position = n;
        while (position > 0)
        {
            var state = states[position][last];
            var slot = state.From;
            var index = 0;
            while (index < state.Text!.Length)
            {
                path[slot++] = char.ConvertToUtf32(state.Text, index);
                index += char.IsSurrogatePair(state.Text, index) ? 2 : 1;
            }
            last = state.Previous;
            position = state.From;
        }
    }

    // Outside CJK: spaces and markup are no token, known punctuation is its own, anything else runs to one unknown token.
    private Edge Other(int[] path, int[][] slots, int i)
    {
        var text = char.ConvertFromUtf32(path[i]);
        if (path[i] is ' ' or '*' or '_' or '`' or '~' or '#' or '>' or '\t')
        {
            return new Edge(i + 1, text, Transparent, 0);
        }
        var id = bigrams.Find(text);
        if (id >= 0)
        {
            return new Edge(i + 1, text, id, 0);
        }
        var end = i + 1;
        var run = new StringBuilder(text);
        while (end < path.Length && !IsCjkSlot(slots[end]) && path[end] is not (' ' or '*' or '_' or '`' or '~' or '#' or '>' or '\t')
            && bigrams.Find(char.ConvertFromUtf32(path[end])) < 0)
        {
            run.Append(char.ConvertFromUtf32(path[end]));
            end++;
        }
        return new Edge(end, run.ToString(), -1, 0);
    }

    /// <summary>Every word the candidates can spell from position <paramref name="i"/>, with its model id or score.</summary>
    private List<Edge> Words(int[][] slots, int start, int i, int n)
    {
        var edges = new List<Edge>();
        foreach (var c in slots[start + i])
        {
            var text = char.ConvertFromUtf32(c);
            var id = _chinese ? bigrams.Find(text) : -1;
            var own = CharacterPrior(start + i, c);
            edges.Add(id >= 0
                ? new Edge(i + 1, text, id, own)
                : new Edge(i + 1, text, -1, own + (words.WordScore(text) ?? words.UnknownScore(characters.Score(0, 0, c)))));
        }
        Extend(slots, start, i, n, new StringBuilder(), 0, edges);
        return edges;
    }

    // Grows multi-character words from position i while they remain prefixes of words of either table.
    private void Extend(int[][] slots, int start, int i, int n, StringBuilder prefix, double prior, List<Edge> edges)
    {
        var position = i + CodePointCount(prefix);
        if (position >= n || prefix.Length >= Math.Max(words.MaxLength, bigrams.MaxLength) || !IsCjkSlot(slots[start + position]))
        {
            return;
        }
        foreach (var c in slots[start + position])
        {
            var length = prefix.Length;
            prefix.Append(char.ConvertFromUtf32(c));
            var text = prefix.ToString();
            var own = prior + CharacterPrior(start + position, c);
            var inModel = _chinese && bigrams.IsPrefix(text);
            var inWords = words.IsPrefix(text);
            if (inModel || inWords)
            {
                if (position > i)
                {
                    var id = inModel ? bigrams.Find(text) : -1;
                    if (id >= 0)
                    {
                        edges.Add(new Edge(position + 1, text, id, own));
                    }
                    else if (inWords && words.WordScore(text) is { } score)
                    {
                        edges.Add(new Edge(position + 1, text, -1, own + score));
                    }
                }
                Extend(slots, start, i, n, prefix, own, edges);
            }
            prefix.Length = length;
        }
    }

    private double CharacterPrior(int slot, int c)
    {
        var weight = _chinese ? CharacterWeight : JapaneseCharacterWeight;
        if (!_posteriors.TryGetValue(slot, out var ranked))
        {
            return 0;
        }
        foreach (var (codePoint, probability) in ranked)
        {
            if (codePoint == c)
            {
                return weight * Math.Max(Math.Log(probability), UnrankedCharacter);
            }
        }
        return weight * UnrankedCharacter;
    }

    private static int CodePointCount(StringBuilder text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (!char.IsLowSurrogate(text[k]))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsKana(int c) => c is >= 0x3041 and <= 0x30FA;

    private static bool IsCjkSlot(int[] candidates) => candidates.All(IsCjk);

    private static bool IsCjk(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF);

    /// <summary>A word from one position to <see cref="End"/>: its bigram model id, or -1 and its score as an unknown token.</summary>
    private readonly record struct Edge(int End, string Text, int Id, double Extra);

    private readonly record struct State(double Score, int From, int Previous, string? Text);
}
