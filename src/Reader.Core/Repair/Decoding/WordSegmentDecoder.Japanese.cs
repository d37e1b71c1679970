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

    // Whether the search under way is the word trigram one (every Chinese line; the second search of a Japanese line).
    private bool _wordTrigrams;

    // While one reading of the line is being scored: that reading, one candidate a slot.
    private int[][]? _fixed;

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
}
