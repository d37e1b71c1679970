namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// The ideographs and kana the repair of a document chose with confidence where bytes were lost. A site the models
/// cannot decide leans to what the same document chose elsewhere more often than text at large would (鍵 of 鍵盤 and
/// 按鍵 over 鐵 for the 鍵碼 of a manual about keys); characters a document uses about as much as any text (中, 与)
/// gain nothing.
/// </summary>
internal sealed class DocumentChoices(Func<int, double> unigram)
{
    /// <summary>How likely a chosen character must be, given its neighbours, to count as the document's choice.</summary>
    public const double Sure = 0.9;

    // How many choices the text-at-large shares weigh as, against the document's own counts: a handful, so that a
    // character chosen once or twice moves little, and one chosen dozens of times decides the unsure sites.
    private const double PriorWeight = 5;

    // Ideographs and kana are terms of their own that a document repeats; a letter of an alphabet is part of a word,
    // which the word models decide whole.
    private const int FirstCjk = 0x3000;

    private readonly Dictionary<int, int> _counts = [];

    // Per candidate set (a slot's array): the document's choices among its candidates, and their text-at-large weight.
    private readonly Dictionary<int[], (int Chosen, double Common)> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>Counts the sure choices of <paramref name="lines"/>; true when the document has any.</summary>
    public bool Learn(IEnumerable<IEnumerable<RebuiltCharacter>?> lines)
    {
        foreach (var line in lines)
        {
            foreach (var character in line ?? [])
            {
                var c = char.ConvertToUtf32(character.Chosen, 0);
                if (character.Confidence >= Sure && c >= FirstCjk)
                {
                    _counts[c] = _counts.GetValueOrDefault(c) + 1;
                }
            }
        }
        ForgetSites();
        return _counts.Count > 0;
    }

    /// <summary>Lets go of the candidate sets of the lines decoded so far (they belong to a chunk's lattices).</summary>
    public void ForgetSites() => _sets.Clear();

    /// <summary>
    /// True when <paramref name="character"/> was an unsure choice and one of its rivals is a character the document
    /// chose where it was sure: reading its line again may change it.
    /// </summary>
    public bool MayChange(RebuiltCharacter character) =>
        character.Confidence < Sure
        && character.Candidates.Any(c => c.Text != character.Chosen && _counts.ContainsKey(char.ConvertToUtf32(c.Text, 0)));

    /// <summary>
    /// Log of how much likelier <paramref name="candidate"/> is among <paramref name="candidates"/> in this document
    /// than in text at large; 0 while the document has chosen none of them.
    /// </summary>
    public double Score(int[] candidates, int candidate)
    {
        if (_counts.Count == 0)
        {
            return 0;
        }
        if (!_sets.TryGetValue(candidates, out var set))
        {
            var chosen = 0;
            foreach (var c in candidates)
            {
                chosen += _counts.GetValueOrDefault(c);
            }
            _sets[candidates] = set = (chosen, chosen == 0 ? 0 : candidates.Sum(c => Math.Exp(unigram(c))));
        }
        if (set.Chosen == 0)
        {
            return 0;
        }
        var n = _counts.GetValueOrDefault(candidate);
        if (n == 0)
        {
            // (0 + w·share) / (chosen + w), against share: the same for every candidate the document never chose.
            return Math.Log(PriorWeight / (set.Chosen + PriorWeight));
        }
        var share = Math.Exp(unigram(candidate)) / set.Common;
        return Math.Log((n + PriorWeight * share) / (set.Chosen + PriorWeight) / share);
    }
}
