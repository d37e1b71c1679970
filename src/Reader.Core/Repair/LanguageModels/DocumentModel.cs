namespace Reader.Core.Repair.LanguageModels;

/// <summary>
/// Character n-gram counts of the text being repaired (its clean and certainly-decoded parts), mixed into the
/// static table so names and terms the document repeats win over what is merely common elsewhere.
/// </summary>
internal sealed class DocumentModel
{
    private const double Weight = 0.3;
    private const int MaxEntries = 2_000_000;
    private readonly Dictionary<ulong, int> _counts = [];
    private readonly Dictionary<(int, int, int), double> _memo = [];
    private readonly CharNGramModel _static;
    private long _total;
    private int _traditional;
    private int _simplified;
    private int _japanese;

    public DocumentModel(CharNGramModel staticModel)
    {
        _static = staticModel;
    }

    /// <summary>Counts the n-grams of <paramref name="codePoints"/>; 0 breaks the context (an undecided character).</summary>
    public void Learn(ReadOnlySpan<int> codePoints)
    {
        if (_counts.Count > MaxEntries)
        {
            return;
        }
        _memo.Clear();
        for (var i = 0; i < codePoints.Length; i++)
        {
            var c = CharNGramModel.Fold(codePoints[i]);
            if (c <= 0)
            {
                continue;
            }
            Add(Key(0, 0, c));
            _total++;
            CountScript(c);
            var b = i >= 1 ? CharNGramModel.Fold(codePoints[i - 1]) : 0;
            if (b > 0)
            {
                Add(Key(0, b, c));
                var a = i >= 2 ? CharNGramModel.Fold(codePoints[i - 2]) : 0;
                if (a > 0)
                {
                    Add(Key(a, b, c));
                }
            }
        }
    }

    /// <summary>Log score of <paramref name="c"/> after <paramref name="a"/>, <paramref name="b"/>: the static table mixed with this document's counts.</summary>
    public double Score(int a, int b, int c)
    {
        if (_memo.TryGetValue((a, b, c), out var known))
        {
            return known;
        }
        if (_memo.Count > MaxEntries)
        {
            _memo.Clear();
        }
        return _memo[(a, b, c)] = Mix(a, b, c);
    }

    private double Mix(int a, int b, int c)
    {
        var score = StaticScore(a, b, c);
        if (_total == 0)
        {
            return score;
        }
        var own = Own(CharNGramModel.Fold(a), CharNGramModel.Fold(b), CharNGramModel.Fold(c));
        return own <= 0 ? score + Math.Log(1 - Weight) : Math.Log((1 - Weight) * Math.Exp(score) + Weight * own);
    }

    /// <summary>
    /// The static table's score. It is drawn from mostly simplified text, where some traditional-only characters
    /// never occur (檔) and the rest are rare (這): such a character reads as its simplified form (档, 这) in the
    /// simplified context, as likely as the document's script makes it (<see cref="ScriptScore"/>). A traditional
    /// Chinese document reads all its characters so, and marks down the simplified-only ones.
    /// </summary>
    private double StaticScore(int a, int b, int c)
    {
        var traditional = IsTraditionalChinese;
        var simplified = IsHan(c) && (traditional || !_static.Knows(c)) ? Simplify(c) : c;
        return simplified != c ? _static.Score(Simplify(a), Simplify(b), simplified) + ScriptScore(c)
            : traditional ? _static.Score(Simplify(a), Simplify(b), c) + ScriptScore(c)
            : _static.Score(a, b, c);
    }

    /// <summary>Log score of <paramref name="c"/> alone in text at large, as this document's script reads it (這 as 这).</summary>
    public double Unigram(int c) => StaticScore(0, 0, c);

    private static int Simplify(int c) =>
        IsHan(c) && ChineseVariants.Shared.IsTraditional(c) && ChineseVariants.Shared.Simplified(c) is [var first, ..] ? first : c;

    private double Own(int a, int b, int c)
    {
        if (a > 0 && b > 0 && Count(Key(a, b, c)) is > 0 and var tri)
        {
            return (double)tri / Math.Max(Count(Key(0, a, b)), tri);
        }
        if (b > 0 && Count(Key(0, b, c)) is > 0 and var bi)
        {
            return 0.1 * bi / Math.Max(Count(Key(0, 0, b)), bi);
        }
        return 0.01 * Count(Key(0, 0, c)) / _total;
    }

    /// <summary>
    /// How much less likely <paramref name="c"/> is for being in the other Chinese script than the document's certain
    /// characters (a traditional 參 in simplified text, 协 in traditional text): log of twice its script's smoothed
    /// share, at most 0; 0 for characters both scripts write alike, and while the document has shown neither.
    /// </summary>
    public double ScriptScore(int c)
    {
        if (!IsHan(c))
        {
            return 0;
        }
        var variants = ChineseVariants.Shared;
        var share = variants.IsTraditional(c) ? _traditional + 0.1
            : variants.IsSimplified(c) ? _simplified + 0.1
            : 0;
        return share == 0 ? 0 : Math.Min(0, Math.Log(2 * share / (_traditional + _simplified + 0.2)));
    }

    /// <summary>True when the document's certain text holds more traditional-only characters than simplified-only ones.</summary>
    public bool IsTraditional => _traditional > _simplified;

    // Japanese writes traditional forms too (機, 東) but is not read through the simplified table. Its kana tell it, or,
    // where lost bytes leave no kana certain (latin-1 without C1), the forms only it writes: a tenth of its kanji in
    // running text, none in Chinese but for a quoted name.
    private bool IsTraditionalChinese => IsTraditional && _japanese * 50 < HanCharacters;

    /// <summary>True when the document's certain text holds kana, or kanji forms only Japanese writes, in a fiftieth of its Han characters.</summary>
    public bool WritesJapanese => _japanese > 0 && _japanese * 50 >= HanCharacters;

    /// <summary>How many Han characters the document's certain text holds.</summary>
    public long HanCharacters { get; private set; }

    /// <summary>How often <paramref name="c"/> stands in the document's certain text.</summary>
    public int Occurrences(int c) => Count(Key(0, 0, CharNGramModel.Fold(c)));

    private void CountScript(int c)
    {
        if (c is >= 0x3041 and <= 0x30FA)
        {
            _japanese++;
        }
        if (!IsHan(c))
        {
            return;
        }
        HanCharacters++;
        var variants = ChineseVariants.Shared;
        if (variants.IsJapanese(c))
        {
            _japanese++;
        }
        if (variants.IsTraditional(c))
        {
            _traditional++;
        }
        else if (variants.IsSimplified(c))
        {
            _simplified++;
        }
    }

    // Unified ideographs and extension A, where the two scripts' forms differ; the variants table loads only for them.
    private static bool IsHan(int c) => c is >= 0x3400 and <= 0x9FFF;

    private int Count(ulong key) => _counts.GetValueOrDefault(key);

    private void Add(ulong key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    private static ulong Key(int a, int b, int c) => ((ulong)(uint)a << 42) | ((ulong)(uint)b << 21) | (uint)c;
}
