using Reader.Core.Repair.LanguageModels;

namespace Reader.Core.Repair.Decoding;

/// <summary>
/// Picks one character per slot of a line so that the whole line scores best under the language model
/// (beam search over trigram states), so neighbouring rebuilt characters are chosen jointly.
/// </summary>
internal sealed class LatticeDecoder(DocumentModel model)
{
    private const int BeamWidth = 24;
    private const int MaxCandidatesPerSlot = 32;

    // The states of one slot, reused for every slot of every region: the beam taken from them is a list of its own.
    private readonly Dictionary<(int, int, int), State> _next = [];

    /// <summary>
    /// The chosen code point per slot; <paramref name="prior"/> adds a log weight per (slot, candidate), and
    /// <paramref name="takes"/> says how many slots after it a candidate takes as bytes of its own (a space that was a
    /// no-break space, 样 of "æ ·"): those are no characters of the line then, and the model reads past them.
    /// </summary>
    public int[] Decode(IReadOnlyList<int[]> slots, Func<int, int, double> prior, Func<int, int, int> takes)
    {
        var pruned = slots.Select((candidates, s) => Prune(candidates, s, prior, MaxCandidatesPerSlot)).ToArray();
        var path = pruned.Select(s => s[0]).ToArray();
        var i = 0;
        while (i < pruned.Length)
        {
            if (pruned[i].Length == 1)
            {
                i++;
                continue;
            }
            // A region ends two certain slots after its last ambiguous one: trigram context does not reach further.
            var end = i;
            while (end + 1 < pruned.Length && (pruned[end + 1].Length > 1 || AmbiguousWithin(pruned, end + 1, 2)))
            {
                end++;
            }
            end = Math.Min(end + 2 + MaxTaken(pruned, i, end, takes), pruned.Length - 1);
            DecodeRegion(pruned, path, i, end, prior, takes);
            i = end + 1;
        }
        return path;
    }

    /// <summary>
    /// For each ambiguous slot, its likeliest candidates (at most <paramref name="limit"/> besides the chosen one, by
    /// frequency) ranked by probability given the neighbours in <paramref name="path"/>.
    /// </summary>
    public Dictionary<int, (int CodePoint, double Probability)[]> Alternatives(
        IReadOnlyList<int[]> slots, int[] path, Func<int, int, double> prior, Func<int, int, int> takes, int limit = MaxCandidatesPerSlot)
    {
        var alternatives = new Dictionary<int, (int, double)[]>();
        for (var s = 0; s < slots.Count; s++)
        {
            if (slots[s].Length > 1)
            {
                var candidates = Prune(slots[s], s, prior, limit);
                if (!candidates.Contains(path[s]))
                {
                    candidates = [path[s], .. candidates];
                }
                alternatives[s] = Posterior(candidates, path, s, prior, takes);
            }
        }
        return alternatives;
    }

    // The most slots a candidate of slots[from..to] takes: the region reaches that much further.
    private static int MaxTaken(int[][] slots, int from, int to, Func<int, int, int> takes)
    {
        var most = 0;
        for (var s = from; s <= to; s++)
        {
            foreach (var c in slots[s])
            {
                most = Math.Max(most, takes(s, c));
            }
        }
        return most;
    }

    private static bool AmbiguousWithin(int[][] slots, int from, int count)
    {
        for (var k = from; k < Math.Min(slots.Length, from + count); k++)
        {
            if (slots[k].Length > 1)
            {
                return true;
            }
        }
        return false;
    }

    private int[] Prune(int[] candidates, int slot, Func<int, int, double> prior, int limit)
    {
        if (candidates.Length <= limit)
        {
            return candidates;
        }
        // The first candidate stays: it is the character as it stood, where keeping it is an option. The others are
        // ranked by frequency and what the priors know of them (an emoji the line names).
        return candidates.Skip(1).OrderByDescending(c => model.Score(0, 0, c) + prior(slot, c)).Take(limit).Prepend(candidates[0]).ToArray();
    }

    private void DecodeRegion(int[][] slots, int[] path, int start, int end, Func<int, int, double> prior, Func<int, int, int> takes)
    {
        var beam = new List<State> { new(At(path, start - 2), At(path, start - 1), 0, -1, 0, 0) };
        var history = new List<List<State>>();
        var next = _next;
        for (var j = start; j <= end; j++)
        {
            next.Clear();
            // A candidate's prior does not depend on the state it follows: weighed once per slot, not once per state.
            var priors = Array.ConvertAll(slots[j], c => prior(j, c));
            for (var s = 0; s < beam.Count; s++)
            {
                var state = beam[s];
                if (state.Skip > 0)
                {
                    // A slot the character before took: it stays as it stands, and the context passes over it.
                    var key = (state.P2, state.P1, state.Skip - 1);
                    if (!next.TryGetValue(key, out var existing) || existing.Score < state.Score)
                    {
                        next[key] = state with { Back = s, Chosen = slots[j][0], Skip = state.Skip - 1 };
                    }
                    continue;
                }
                for (var k = 0; k < slots[j].Length; k++)
                {
                    var c = slots[j][k];
                    var score = state.Score + model.Score(state.P2, state.P1, c) + priors[k];
                    var skip = takes(j, c);
                    var key = (state.P1, c, skip);
                    if (!next.TryGetValue(key, out var existing) || existing.Score < score)
                    {
                        next[key] = new State(state.P1, c, score, s, c, skip);
                    }
                }
            }
            history.Add(beam);
            beam = next.Values.OrderByDescending(x => x.Score).Take(BeamWidth).ToList();
        }
        var best = beam[0];
        for (var j = end; j >= start; j--)
        {
            path[j] = best.Chosen;
            if (best.Back >= 0)
            {
                best = history[j - start][best.Back];
            }
        }
    }

    private (int, double)[] Posterior(int[] candidates, int[] path, int slot, Func<int, int, double> prior, Func<int, int, int> takes)
    {
        var scores = new double[candidates.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            // The candidate and the two characters after it, past the slots it takes.
            var c = candidates[k];
            var after = slot + 1 + takes(slot, c);
            var (p2, p1) = (At(path, slot - 2), At(path, slot - 1));
            var total = model.Score(p2, p1, c);
            (p2, p1) = (p1, c);
            for (var j = after; j < Math.Min(after + 2, path.Length); j++)
            {
                total += model.Score(p2, p1, path[j]);
                (p2, p1) = (p1, path[j]);
            }
            scores[k] = total + prior(slot, c);
        }
        return LogProbabilities.Ranked(candidates, scores);
    }

    private static int At(int[] path, int index) => index >= 0 ? path[index] : 0;

    private readonly record struct State(int P2, int P1, double Score, int Back, int Chosen, int Skip);
}
