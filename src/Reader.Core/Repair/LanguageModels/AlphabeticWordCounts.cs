using System.Text;

namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// How often words and word pairs occur in running text of one script (derived by <c>tools/repair-alpha/build_counts.py</c>
/// from LibreOffice's help, fortune files and Wesnoth's translations, for Russian also the GIMP manual and GNOME help):
/// Russian, and Spanish, Portuguese, Dutch and English. The word table only knows which spellings are words; behind
/// latin-1 with its C1 bytes stripped most Cyrillic letters and every Latin capital from À to ß are undecided, and the
/// damage leaves several real words ("я"/"с", "ты"/"уч", "Às"/"És") that only their frequency and their neighbours
/// tell apart.
/// </summary>
internal sealed class AlphabeticWordCounts
{
    private const int EndingLength = 2;
    private const double EndingPrior = 20;
    private static readonly Lazy<AlphabeticWordCounts> s_cyrillic = new(() => Load("Reader.Core.Repair.Data.repair-alpha-counts.txt.gz"));
    private static readonly Lazy<AlphabeticWordCounts> s_latin = new(() => Load("Reader.Core.Repair.Data.repair-alpha-latin-counts.txt.gz"));

    private readonly Dictionary<string, int> _counts;
    private readonly double _total;

    private AlphabeticWordCounts(Dictionary<string, int> counts, long total)
    {
        _counts = counts;
        _total = total;
    }

    /// <summary>
    /// The counts embedded in Reader.Core for the script of <paramref name="word"/> (lower case), loaded on first use;
    /// null for a script they do not cover.
    /// </summary>
    public static AlphabeticWordCounts? For(string word) =>
        word.Length == 0 ? null
        : word[0] is >= '\u0400' and <= '\u04FF' ? s_cyrillic.Value
        : word[0] < '\u0250' ? s_latin.Value
        : null;

    /// <summary>
    /// The share of the counted words that is <paramref name="word"/> (lower case): of all Russian words, of the Latin
    /// ones beyond ASCII (the words the table holds); 0 when it was seen less than twice.
    /// </summary>
    public double Share(string word) => _counts.GetValueOrDefault(Fold(word)) / _total;

    /// <summary>
    /// The share of the words after <paramref name="previous"/> that are <paramref name="word"/> (both lower case), or
    /// null when <paramref name="previous"/> was seen too rarely to say.
    /// </summary>
    public double? ShareAfter(string previous, string word)
    {
        var first = Fold(previous);
        var before = _counts.GetValueOrDefault(first);
        return before == 0 ? null : (double)_counts.GetValueOrDefault(first + " " + Fold(word)) / before;
    }

    /// <summary>The share of the counted words that end as <paramref name="word"/> (lower case) does, in its last two letters.</summary>
    public double EndingShare(string word) => _counts.GetValueOrDefault(Ending(Fold(word))) / _total;

    /// <summary>
    /// How much likelier the ending of <paramref name="word"/> is after the ending of <paramref name="previous"/> than
    /// anywhere (log of the ratio, 0 when either ending is unknown): Russian inflection makes neighbours agree
    /// (стандартную лицензию), which pairs of endings show where the pair of words was never counted.
    /// </summary>
    public double EndingAssociation(string previous, string word)
    {
        var (first, second) = (Ending(Fold(previous)), Ending(Fold(word)));
        var (firstCount, secondCount) = (_counts.GetValueOrDefault(first), _counts.GetValueOrDefault(second));
        if (firstCount == 0 || secondCount == 0)
        {
            return 0;
        }
        // The share of the second ending after the first, drawn towards its share anywhere by a few pseudo-counts so
        // that a rare ending's unseen pairs say little either way.
        var share = secondCount / _total;
        var after = (_counts.GetValueOrDefault(first + " " + second) + (EndingPrior * share)) / (firstCount + EndingPrior);
        return Math.Log(after / share);
    }

    // Most Russian text writes ё as е (ученые for учёные): the counts fold it, and so does every lookup.
    private static string Fold(string word) => word.Replace('\u0451', '\u0435');

    private static string Ending(string word) => "~" + (word.Length > EndingLength ? word[^EndingLength..] : word);

    private static AlphabeticWordCounts Load(string resourceName)
    {
        using var reader = new StreamReader(EmbeddedData.Open(resourceName), Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null || header[0] != '#' || !long.TryParse(header.AsSpan(1), out var total) || total <= 0)
        {
            throw new InvalidDataException("the word counts have an unknown format");
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            counts[line[..tab]] = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new AlphabeticWordCounts(counts, total);
    }
}
