namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// CJK word counts (jieba's dictionary and kana words of ipadic, derived by <c>tools/repair-lm</c>). Chinese and
/// Japanese are written without spaces, so a damaged stretch is decoded by segmenting it into the most probable
/// words, which prefers real compounds over characters that are merely frequent one by one.
/// </summary>
public sealed class WordModel
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-words.txt.gz";
    private const double UnknownCharacterPenalty = -6;
    private static readonly Lazy<WordModel> s_shared = new(Load);

    private readonly string[] _words;
    private readonly double[] _logProbabilities;
    private readonly double _logTotal;

    private WordModel(string[] words, double[] logCounts, double total)
    {
        _words = words;
        _logProbabilities = logCounts;
        _logTotal = Math.Log(total);
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static WordModel Shared => s_shared.Value;

    /// <summary>Every entry, in ordinal order (for walking the entries that share a prefix).</summary>
    internal string[] Vocabulary => _words;

    /// <summary>Log probability of <paramref name="word"/> as one word, or null when it is not in the table.</summary>
    public double? WordScore(string word)
    {
        var i = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        return i >= 0 ? _logProbabilities[i] - _logTotal : null;
    }

    /// <summary>Log probability of a character that is no word of its own: its character frequency, penalised.</summary>
    public double UnknownScore(double characterScore) => characterScore + UnknownCharacterPenalty;

    private static WordModel Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var words = new List<string>();
        var counts = new List<double>();
        double total = 0;
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }
            var count = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            words.Add(line[..tab]);
            counts.Add(Math.Log(count));
            total += count;
        }
        // The derivation script writes the words in ordinal (code point) order; binary search relies on it.
        return new WordModel(words.ToArray(), counts.ToArray(), total);
    }
}
