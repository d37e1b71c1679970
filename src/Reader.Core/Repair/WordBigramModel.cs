using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// A back-off Chinese word bigram model (derived by <c>tools/repair-lm/build_zh_bigrams.py</c> from libime's word
/// language model, with punctuation from SunPinyin's): how likely a word is after the word before it, which is
/// the context a character n-gram misses (环境<b>中</b>优化, <b>与</b>其工作流).
/// </summary>
internal sealed class WordBigramModel
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-zh-bigrams.bin.gz";
    private const double Quant = 8;
    private const double BackoffQuant = 16;
    private const double ClassWeight = 1;
    private static readonly Lazy<WordBigramModel> s_shared = new(Load);

    private readonly string[] _words;
    private readonly float[] _unigrams;
    private readonly float[] _backoffs;
    // Bigram keys (previous id << 20 | word id) in ascending order, and their quantised log probabilities.
    private readonly long[] _bigramKeys;
    private readonly byte[] _bigramValues;
    private readonly byte[] _classes;
    private readonly Dictionary<int, sbyte[]> _following;
    private readonly Dictionary<int, sbyte[]> _preceding;

    private WordBigramModel(string[] words, float[] unigrams, float[] backoffs, long[] bigramKeys, byte[] bigramValues, byte[] classes, Dictionary<int, sbyte[]> following, Dictionary<int, sbyte[]> preceding)
    {
        _words = words;
        _unigrams = unigrams;
        _backoffs = backoffs;
        _bigramKeys = bigramKeys;
        _bigramValues = bigramValues;
        _classes = classes;
        _following = following;
        _preceding = preceding;
        MaxLength = words.Max(w => w.Length);
        Unknown = Array.BinarySearch(_words, string.Empty, StringComparer.Ordinal);
    }

    /// <summary>The table embedded in Reader.Core, loaded on first use.</summary>
    public static WordBigramModel Shared => s_shared.Value;

    /// <summary>The id that stands for any token outside the vocabulary (also the context at a text's start).</summary>
    public int Unknown { get; }

    /// <summary>Every entry, in ordinal order (for walking the entries that share a prefix).</summary>
    internal string[] Vocabulary => _words;

    /// <summary>The longest word, in UTF-16 units.</summary>
    public int MaxLength { get; }

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not in the vocabulary.</summary>
    public int Find(string word)
    {
        var i = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        return i > 0 || (i == 0 && word.Length == 0) ? i : -1;
    }

    /// <summary>True when some word starts with <paramref name="prefix"/>.</summary>
    public bool IsPrefix(string prefix) => EmbeddedData.HasPrefix(_words, prefix);

    /// <summary>
    /// Natural-log probability of word <paramref name="word"/> after word <paramref name="previous"/>. An unseen pair
    /// backs off to the unigram, corrected by how much the word's class is expected after the previous word and the
    /// previous word's class before this one (不 rarely takes a noun, 与 does).
    /// </summary>
    public double Score(int previous, int word)
    {
        var index = Array.BinarySearch(_bigramKeys, ((long)previous << 20) | (uint)word);
        if (index >= 0)
        {
            return -_bigramValues[index] / Quant;
        }
        double score = _backoffs[previous] + _unigrams[word];
        if (_following.TryGetValue(previous, out var after))
        {
            score += ClassWeight * after[_classes[word]] / BackoffQuant;
        }
        if (_preceding.TryGetValue(word, out var before))
        {
            score += ClassWeight * before[_classes[previous]] / BackoffQuant;
        }
        return score;
    }

    private static WordBigramModel Load()
    {
        var data = EmbeddedData.ReadAll(ResourceName, "RZB2"u8, "word bigram model").AsSpan();
        var wordCount = (int)BitConverter.ToUInt32(data[4..8]);
        var bigramCount = (int)BitConverter.ToUInt32(data[8..12]);
        var offset = 12;
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
        var keys = new long[bigramCount];
        var values = new byte[bigramCount];
        long key = 0;
        for (var i = 0; i < bigramCount; i++)
        {
            key += (long)EmbeddedData.ReadVarint(data, ref offset);
            keys[i] = key;
            values[i] = data[offset++];
        }
        var classes = data.Slice(offset, wordCount).ToArray();
        offset += wordCount;
        int classCount = data[offset++];
        var following = ReadProfiles(data, ref offset, classCount);
        var preceding = ReadProfiles(data, ref offset, classCount);
        return new WordBigramModel(words, unigrams, backoffs, keys, values, classes, following, preceding);
    }

    private static Dictionary<int, sbyte[]> ReadProfiles(ReadOnlySpan<byte> data, ref int offset, int classCount)
    {
        var count = (int)BitConverter.ToUInt32(data[offset..(offset + 4)]);
        offset += 4;
        var profiles = new Dictionary<int, sbyte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var id = (int)BitConverter.ToUInt32(data[offset..(offset + 4)]);
            offset += 4;
            profiles[id] = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(data.Slice(offset, classCount)).ToArray();
            offset += classCount;
        }
        return profiles;
    }
}
