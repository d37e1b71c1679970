namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// A case-folded character 1-3-gram table (derived by <c>tools/repair-lm</c> from package word lists and
/// tokenizer vocabularies) with interpolated orders. It only needs to rank candidates, not to be a distribution.
/// </summary>
public sealed class CharNGramModel
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-lm.bin.gz";
    private const uint WordBoundary = 1; // U+0001 wraps dictionary words in the table
    private const double Trigram = 0.5;
    private const double Bigram = 0.35;
    private static readonly Lazy<CharNGramModel> s_shared = new(Load);

    // Every score folds its three characters, and char.ToLowerInvariant asks ICU for each one beyond ASCII (a tenth of
    // the CPU samples of repairing damaged text): the whole BMP's lower case, worked out once, is a lookup (128 KB). A
    // plain static, not a Lazy: the lookup is on the hottest path, and building it costs the type's first use 8 ms.
    private static readonly char[] s_lowerCase = LowerCaseTable();

    private readonly NGramTable _unigrams;
    private readonly NGramTable _bigrams;
    private readonly NGramTable _trigrams;
    private readonly double _logTotal;
    private readonly double _quantScale;
    private readonly int _boundaryCount;

    private CharNGramModel(NGramTable unigrams, NGramTable bigrams, NGramTable trigrams, double total, double quantScale)
    {
        _unigrams = unigrams;
        _bigrams = bigrams;
        _trigrams = trigrams;
        _logTotal = Math.Log(total);
        _quantScale = quantScale;
        _boundaryCount = unigrams.Find(WordBoundary);
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static CharNGramModel Shared => s_shared.Value;

    /// <summary>Natural-log score of code point <paramref name="c"/> after <paramref name="a"/>, <paramref name="b"/> (0 = no context).</summary>
    public double Score(int a, int b, int c) => Ngrams(a, b, c) + CaseShape(a, b, c);

    // The table is case-folded; letter case is scored apart: capitals inside lower-case words are rare,
    // lower case inside an all-capitals word too, and a capital opening a word is less common than lower case.
    private static double CaseShape(int a, int b, int c)
    {
        if (c > 0xFFFF || !char.IsLetter((char)c))
        {
            return 0;
        }
        var upper = char.IsUpper((char)c);
        var previousLetter = b is > 0 and <= 0xFFFF && char.IsLetter((char)b);
        if (!previousLetter)
        {
            return upper ? -1.0 : 0;
        }
        var previousUpper = char.IsUpper((char)b);
        if (upper)
        {
            return previousUpper ? 0 : -3.0;
        }
        var twoUpper = previousUpper && a is > 0 and <= 0xFFFF && char.IsUpper((char)a);
        return twoUpper ? -2.0 : 0;
    }

    private double Ngrams(int a, int b, int c)
    {
        // Chinese typed with ASCII punctuation (包名. 然后, 可以吗?) uses it as its full-width marks; the table, drawn from
        // text that writes those, knows them far better there. (Not after kana, where held-out Japanese lost its い
        // before ")" to ご.)
        (b, c) = (AfterIdeograph(a, b), AfterIdeograph(b, c));
        a = Fold(a);
        b = Fold(b);
        c = Fold(c);
        // Interpolated (not backed-off) orders: a 3-gram seen once in a word list must not beat a common character outright.
        var p1 = Math.Exp(Unigram(c));
        double p2 = 0, p3 = 0;
        if (b > 0)
        {
            var bi = _bigrams.Find(((ulong)b << 21) | (uint)c);
            var context = _unigrams.Find((uint)b);
            if (context >= 0)
            {
                if (bi >= 0)
                {
                    p2 = Math.Min(1, Math.Exp((bi - context) * _quantScale));
                }
                // Dictionaries hold words, not running text: chain "b ends a word" with "c starts one".
                var ends = _bigrams.Find(((ulong)b << 21) | WordBoundary);
                var starts = _bigrams.Find(((ulong)WordBoundary << 21) | (uint)c);
                if (ends >= 0 && starts >= 0 && _boundaryCount >= 0)
                {
                    p2 = Math.Min(1, p2 + Math.Exp((ends - context + starts - _boundaryCount) * _quantScale));
                }
            }
            if (a > 0 && p2 > 0)
            {
                var tri = _trigrams.Find(((ulong)a << 42) | ((ulong)b << 21) | (uint)c);
                var context2 = _bigrams.Find(((ulong)a << 21) | (uint)b);
                if (tri >= 0 && context2 >= 0)
                {
                    p3 = Math.Min(1, Math.Exp((tri - context2) * _quantScale));
                }
            }
        }
        return Math.Log((Trigram * p3) + (Bigram * p2) + ((1 - Trigram - Bigram) * p1));
    }

    /// <summary>Natural-log probability of <paramref name="c"/> on its own; unseen characters get a floor below any seen one.</summary>
    public double Unigram(int c)
    {
        var q = _unigrams.Find((uint)Fold(c));
        return q >= 0 ? q * _quantScale - _logTotal : -_logTotal - 2;
    }

    /// <summary>True when the table has seen <paramref name="c"/> at all.</summary>
    public bool Knows(int c) => _unigrams.Find((uint)Fold(c)) >= 0;

    // The full-width mark that ASCII punctuation c stands for after an ideograph previous.
    private static int AfterIdeograph(int previous, int c) =>
        previous is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            ? c switch
            {
                ',' => '\uFF0C',
                '.' => '\u3002',
                '?' => '\uFF1F',
                '!' => '\uFF01',
                ':' => '\uFF1A',
                ';' => '\uFF1B',
                '(' => '\uFF08',
                ')' => '\uFF09',
                _ => c,
            }
            : c;

    internal static int Fold(int c) => c is <= 0 or > 0xFFFF ? c : s_lowerCase[c];

    private static char[] LowerCaseTable()
    {
        var lower = new char[0x10000];
        for (var c = 0; c < lower.Length; c++)
        {
            lower[c] = char.ToLowerInvariant((char)c);
        }
        return lower;
    }

    private static CharNGramModel Load()
    {
        var data = EmbeddedData.ReadAll(ResourceName, "RLM1"u8, "repair language model").AsSpan();
        var quant = BitConverter.ToUInt32(data[4..8]);
        var total = BitConverter.ToDouble(data[8..16]);
        var offset = 16;
        var uni = NGramTable.Read(data, ref offset);
        var bi = NGramTable.Read(data, ref offset);
        var tri = NGramTable.Read(data, ref offset);
        return new CharNGramModel(uni, bi, tri, total, Math.Log(2) / quant);
    }

    /// <summary>Keys with one quantised log-count each, in an open-addressing hash table (one or two cache misses a lookup).</summary>
    private sealed class NGramTable
    {
        private const ulong Empty = ulong.MaxValue;
        private readonly ulong[] _keys;
        private readonly byte[] _values;
        private readonly int _shift;

        private NGramTable(int count)
        {
            var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)count * 2));
            _keys = new ulong[1 << bits];
            _values = new byte[1 << bits];
            _shift = 64 - bits;
            Array.Fill(_keys, Empty);
        }

        public int Find(ulong key)
        {
            var mask = _keys.Length - 1;
            for (var i = Slot(key); ; i = (i + 1) & mask)
            {
                var k = _keys[i];
                if (k == key)
                {
                    return _values[i];
                }
                if (k == Empty)
                {
                    return -1;
                }
            }
        }

        public static NGramTable Read(ReadOnlySpan<byte> data, ref int offset)
        {
            var count = (int)BitConverter.ToUInt32(data[offset..(offset + 4)]);
            offset += 4;
            var table = new NGramTable(count);
            ulong key = 0;
            for (var i = 0; i < count; i++)
            {
                key += EmbeddedData.ReadVarint(data, ref offset);
                table.Add(key, data[offset++]);
            }
            return table;
        }

        private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        private void Add(ulong key, byte value)
        {
            var mask = _keys.Length - 1;
            var i = Slot(key);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & mask;
            }
            _keys[i] = key;
            _values[i] = value;
        }
    }
}
