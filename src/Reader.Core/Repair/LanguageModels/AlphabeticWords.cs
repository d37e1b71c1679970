using System.Text;

namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// Full-form words of alphabetic scripts that hold a non-ASCII letter (en, es, pt, nl, ru; derived by
/// <c>tools/repair-alpha</c> from Debian word lists and spelling dictionaries, and the words of Tesseract's web-crawl
/// lists that no dictionary holds), case-folded and sorted, with the o200k rank of those that are whole tokens and a mark
/// on those in common use (in a dictionary and the crawl) or only in the crawl. Only such words can contain a character
/// whose bytes were lost.
/// </summary>
internal sealed class AlphabeticWords
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-alpha-words.br";

    // Zipf's law P(place) = 0.05 / (place + 2). A word in common use without a rank (most inflected forms) comes
    // after the ranked ones; a ranked token no word list of common use holds is a fragment of longer words (" врем"
    // of "время") and counts as such a word, not by its rank; any other word is far rarer.
    private const int ZipfOffset = 2;
    private const int CommonPlace = 30_000;

    // A word only the web crawl's list holds (сокет, Íñigo: no dictionary has it) is no word in common use: at that place
    // "крынь" outweighs кухня where both fit the damage.
    private const int CrawledPlace = 50_000;
    private const int RarePlace = 1_000_000;
    private static readonly double ZipfConstant = Math.Log(0.05);
    private static readonly Lazy<AlphabeticWords> s_shared = new(Load);

    // Each distinct letter is stored as one byte: far smaller than UTF-16 for two million words.
    private readonly byte[] _letters;
    private readonly int[] _starts;
    private readonly Dictionary<int, int> _ranks;
    private readonly System.Collections.BitArray _common;
    private readonly System.Collections.BitArray _crawled;
    private readonly byte[] _codeOf;

    private AlphabeticWords(byte[] letters, int[] starts, Dictionary<int, int> ranks, System.Collections.BitArray common, System.Collections.BitArray crawled, byte[] codeOf)
    {
        _letters = letters;
        _starts = starts;
        _ranks = ranks;
        _common = common;
        _crawled = crawled;
        _codeOf = codeOf;
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use (only text with undecided letters needs it).</summary>
    public static AlphabeticWords Shared => s_shared.Value;

    /// <summary>How many words the table holds.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>The one-byte code of a case-folded letter, or 0 when no word holds it.</summary>
    public byte Code(int folded) => folded is > 0 and < 0x10000 ? _codeOf[folded] : (byte)0;

    /// <summary>
    /// Within <paramref name="lo"/>..<paramref name="hi"/> (words sharing their first <paramref name="depth"/> letters),
    /// the words whose next letter is <paramref name="code"/>.
    /// </summary>
    public (int Lo, int Hi) Narrow(int lo, int hi, int depth, byte code)
    {
        var first = Search(lo, hi, depth, code);
        var last = Search(first, hi, depth, code + 1);
        return (first, last);
    }

    /// <summary>True when the table holds <paramref name="word"/> (code points, any case).</summary>
    public bool Contains(ReadOnlySpan<int> word) => IndexOf(word) is not null;

    /// <summary>The index of <paramref name="word"/> (code points, any case) in the table, or null when it does not hold it.</summary>
    public int? IndexOf(ReadOnlySpan<int> word)
    {
        int lo = 0, hi = Count;
        for (var d = 0; d < word.Length && lo < hi; d++)
        {
            var code = Code(CharNGramModel.Fold(word[d]));
            if (code == 0)
            {
                return null;
            }
            (lo, hi) = Narrow(lo, hi, d, code);
        }
        return EndsAt(lo, hi, word.Length) ? lo : null;
    }

    /// <summary>True when the first word of the range is exactly <paramref name="depth"/> letters long (shorter words sort first).</summary>
    public bool EndsAt(int lo, int hi, int depth) => lo < hi && _starts[lo + 1] - _starts[lo] == depth;

    /// <summary>
    /// Natural-log probability of word <paramref name="index"/> in running text: Zipf's law over its place among the
    /// ranked words of its script (o200k ranks mix all languages, so only their order within a script is telling)
    /// where it is in common use too, else the place of a common or of a rare word.
    /// </summary>
    public double LogProbability(int index)
    {
        var place = _common[index] && _ranks.TryGetValue(index, out var ranked) ? ranked + ZipfOffset
            : _common[index] || _ranks.ContainsKey(index) ? CommonPlace
            : _crawled[index] ? CrawledPlace
            : RarePlace;
        return ZipfConstant - Math.Log(place);
    }

    // First index in lo..hi whose letter at depth is >= code (a word that ends before depth counts as lowest).
    private int Search(int lo, int hi, int depth, int code)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = _starts[mid] + depth;
            var letter = at < _starts[mid + 1] ? _letters[at] : -1;
            if (letter < code)
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

    // Replaces each o200k rank by the word's place (1 = most frequent) among the ranked words of the same script.
    private static Dictionary<int, int> PlacesWithinScript(Dictionary<int, int> ranks, byte[] letters, int[] starts, string alphabet)
    {
        var places = new Dictionary<int, int>(ranks.Count);
        foreach (var script in ranks.GroupBy(r => alphabet[letters[starts[r.Key]]] >= '\u0370'))
        {
            var place = 0;
            foreach (var (word, _) in script.OrderBy(r => r.Value))
            {
                places[word] = ++place;
            }
        }
        return places;
    }

    private static AlphabeticWords Load()
    {
        var data = EmbeddedData.ReadAll(ResourceName).AsSpan();

        // The first line lists the letters in code point order; codes keep that order so binary search still works.
        var newline = data.IndexOf((byte)'\n');
        var alphabet = newline > 0 ? Encoding.UTF8.GetString(data[..newline]) : "";
        if (!alphabet.StartsWith('#') || alphabet.Length > 256 || alphabet.Any(c => c >= '\u0800'))
        {
            throw new InvalidDataException("alphabetic word table has an unknown format");
        }
        var codeOf = new byte[0x10000];
        for (var i = 1; i < alphabet.Length; i++)
        {
            codeOf[alphabet[i]] = (byte)i;
        }
        data = data[(newline + 1)..];

        // Parsed straight from the UTF-8 bytes (every letter is below U+0800): the table is read on the ingest path.
        var count = data.Count((byte)'\n');
        var starts = new int[count + 1];
        // Front coding repeats shared prefixes in full here: several times the coded size.
        var letters = new byte[data.Length * 3];
        var ranks = new Dictionary<int, int>();
        var common = new System.Collections.BitArray(count);
        var crawled = new System.Collections.BitArray(count);
        Span<byte> word = stackalloc byte[256];
        var length = 0;
        var total = 0;
        var index = 0;
        var at = 0;
        while (at < data.Length)
        {
            // Front coding: the first character says how many letters are shared with the previous word.
            length = data[at++] - 0x30;
            while (at < data.Length && data[at] is not (byte)'\n' and not (byte)'\t')
            {
                int ch = data[at++];
                if (ch >= 0x80)
                {
                    ch = ((ch & 0x1F) << 6) | (data[at++] & 0x3F);
                }
                word[length++] = codeOf[ch];
            }
            if (at < data.Length && data[at] == (byte)'\t')
            {
                // TAB, the o200k rank if the word has one, "*" if it is in common use, "~" if only the crawl has it.
                var digits = ++at;
                var rank = 0;
                for (; data[at] is >= (byte)'0' and <= (byte)'9'; at++)
                {
                    rank = (rank * 10) + (data[at] - '0');
                }
                if (at > digits)
                {
                    ranks[index] = rank;
                }
                if (data[at] == (byte)'*')
                {
                    common[index] = true;
                    at++;
                }
                else if (data[at] == (byte)'~')
                {
                    crawled[index] = true;
                    at++;
                }
            }
            at++;
            if (total + length > letters.Length)
            {
                Array.Resize(ref letters, letters.Length * 2);
            }
            word[..length].CopyTo(letters.AsSpan(total));
            total += length;
            starts[++index] = total;
        }
        Array.Resize(ref letters, total);
        return new AlphabeticWords(letters, starts, PlacesWithinScript(ranks, letters, starts, alphabet), common, crawled, codeOf);
    }
}
