using System.Text;

namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// A back-off word trigram model (Chinese or Japanese): how likely a word is after the two words before it, which is
/// the context a character n-gram misses (环境<b>中</b>优化, <b>与</b>其工作流, 在文<b>后</b>附上).
/// </summary>
internal sealed class WordTrigramModel
{
    private const double Quant = 8;
    private const double BackoffQuant = 16;
    private const int IdBits = 20;
    private static readonly Lazy<WordTrigramModel> s_shared = new(() => Load("Reader.Core.Repair.Data.repair-zh-trigrams.bin.gz"));
    private static readonly Lazy<WordTrigramModel> s_japanese = new(() => Load("Reader.Core.Repair.Data.repair-ja-kkc.bin.gz"));
    private static readonly Lazy<WordTrigramModel> s_openGram = new(() => Load("Reader.Core.Repair.Data.repair-zh-opengram.bin.gz"));

    private readonly string[] _words;
    private readonly float[] _unigrams;
    private readonly float[] _backoffs;
    // Bigram keys (previous id << 20 | word id) in ascending order, their quantised log probabilities and back-off
    // weights; trigram keys (id << 40 | id << 20 | id) likewise.
    private readonly long[] _bigramKeys;
    private readonly byte[] _bigramValues;
    private readonly sbyte[] _bigramBackoffs;
    private readonly long[] _trigramKeys;
    private readonly byte[] _trigramValues;
    // Where each word's bigrams (as the previous word) and trigrams (as the word before that) begin: a lookup searches
    // only those, a few cache lines, not millions of keys.
    private readonly int[] _bigramStarts;
    private readonly int[] _trigramStarts;

    private WordTrigramModel(string[] words, float[] unigrams, float[] backoffs, long[] bigramKeys, byte[] bigramValues, sbyte[] bigramBackoffs, long[] trigramKeys, byte[] trigramValues)
    {
        _words = words;
        _unigrams = unigrams;
        _backoffs = backoffs;
        _bigramKeys = bigramKeys;
        _bigramValues = bigramValues;
        _bigramBackoffs = bigramBackoffs;
        _trigramKeys = trigramKeys;
        _trigramValues = trigramValues;
        Unknown = Array.BinarySearch(_words, string.Empty, StringComparer.Ordinal);
        EndOfSentence = Find("</s>") is >= 0 and var end ? end : Unknown;
        _bigramStarts = Starts(bigramKeys, IdBits, words.Length);
        _trigramStarts = Starts(trigramKeys, 2 * IdBits, words.Length);
    }

    // starts[id] is the first of the ascending keys whose id above shift is at least id.
    private static int[] Starts(long[] keys, int shift, int ids)
    {
        var starts = new int[ids + 1];
        var k = 0;
        for (var id = 0; id <= ids; id++)
        {
            while (k < keys.Length && keys[k] >> shift < id)
            {
                k++;
            }
            starts[id] = k;
        }
        return starts;
    }

    private static int Find(long[] keys, int[] starts, int id, long key) =>
        Array.BinarySearch(keys, starts[id], starts[id + 1] - starts[id], key);

    /// <summary>
    /// libime's word language model, with punctuation from SunPinyin's (<c>tools/repair-lm/build_zh_trigrams.py</c>),
    /// loaded on first use.
    /// </summary>
    public static WordTrigramModel Shared => s_shared.Value;

    /// <summary>
    /// SunPinyin's open-gram model (<c>tools/repair-lm/build_zh_opengram.py</c>): another corpus and another
    /// segmentation, loaded on first use.
    /// </summary>
    public static WordTrigramModel OpenGram => s_openGram.Value;

    /// <summary>
    /// libkkc's Japanese word model over surfaces, its readings merged (<c>tools/repair-lm/build_ja_kkc.py</c>), loaded
    /// on first use.
    /// </summary>
    public static WordTrigramModel Japanese => s_japanese.Value;

    /// <summary>The id that stands for any token outside the vocabulary (also the context at a text's start).</summary>
    public int Unknown { get; }

    /// <summary>The id that ends a sentence where the model has one (libkkc's), else <see cref="Unknown"/>.</summary>
    public int EndOfSentence { get; }

    /// <summary>Every entry, in ordinal order (for walking the entries that share a prefix).</summary>
    internal string[] Vocabulary => _words;

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not in the vocabulary.</summary>
    public int Find(string word) => Id(Array.BinarySearch(_words, word, StringComparer.Ordinal), word);

    /// <summary>The id of <paramref name="word"/> or -1, and whether a longer word of the vocabulary starts with it.</summary>
    public int Find(string word, out bool isPrefix)
    {
        var i = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        var next = i >= 0 ? i + 1 : ~i;
        isPrefix = next < _words.Length && _words[next].StartsWith(word, StringComparison.Ordinal);
        return Id(i, word);
    }

    // Entry 0 is the empty word that stands for an unknown one: only the empty word finds it.
    private static int Id(int index, string word) => index > 0 || (index == 0 && word.Length == 0) ? index : -1;

    /// <summary>
    /// Natural-log probability of word <paramref name="word"/> after the words <paramref name="beforePrevious"/> and
    /// <paramref name="previous"/>, backing off to the bigram and then the unigram as the model says.
    /// </summary>
    public double Score(int beforePrevious, int previous, int word)
    {
        var index = Find(_trigramKeys, _trigramStarts, beforePrevious, ((long)beforePrevious << (2 * IdBits)) | ((long)previous << IdBits) | (uint)word);
        if (index >= 0)
        {
            return -_trigramValues[index] / Quant;
        }
        var context = Find(_bigramKeys, _bigramStarts, beforePrevious, ((long)beforePrevious << IdBits) | (uint)previous);
        return (context >= 0 ? _bigramBackoffs[context] / BackoffQuant : 0) + Score(previous, word);
    }

    /// <summary>Natural-log probability of word <paramref name="word"/> after the word <paramref name="previous"/>.</summary>
    public double Score(int previous, int word)
    {
        var index = Find(_bigramKeys, _bigramStarts, previous, ((long)previous << IdBits) | (uint)word);
        return index >= 0 ? -_bigramValues[index] / Quant : _backoffs[previous] + _unigrams[word];
    }

    private static WordTrigramModel Load(string resourceName)
    {
        var data = EmbeddedData.ReadAll(resourceName, "RZB3"u8, "word trigram model").AsSpan();
        var wordCount = (int)BitConverter.ToUInt32(data[4..8]);
        var bigramCount = (int)BitConverter.ToUInt32(data[8..12]);
        var trigramCount = (int)BitConverter.ToUInt32(data[12..16]);
        var offset = 16;
        var words = new string[wordCount];
        var unigrams = new float[wordCount];
        var backoffs = new float[wordCount];
        for (var i = 0; i < wordCount; i++)
        {
            int length = data[offset++];
            words[i] = Encoding.UTF8.GetString(data.Slice(offset, length));
            offset += length;
            unigrams[i] = (float)(-data[offset++] / Quant);
            backoffs[i] = (float)((sbyte)data[offset++] / BackoffQuant);
        }
        var bigramKeys = new long[bigramCount];
        var bigramValues = new byte[bigramCount];
        var bigramBackoffs = new sbyte[bigramCount];
        long key = 0;
        for (var i = 0; i < bigramCount; i++)
        {
            key += (long)EmbeddedData.ReadVarint(data, ref offset);
            bigramKeys[i] = key;
            bigramValues[i] = data[offset++];
            bigramBackoffs[i] = (sbyte)data[offset++];
        }
        var trigramKeys = new long[trigramCount];
        var trigramValues = new byte[trigramCount];
        key = 0;
        for (var i = 0; i < trigramCount; i++)
        {
            key += (long)EmbeddedData.ReadVarint(data, ref offset);
            trigramKeys[i] = key;
            trigramValues[i] = data[offset++];
        }
        return new WordTrigramModel(words, unigrams, backoffs, bigramKeys, bigramValues, bigramBackoffs, trigramKeys, trigramValues);
    }
}
