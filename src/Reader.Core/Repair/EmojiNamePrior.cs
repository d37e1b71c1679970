using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// Emoji that differ in a lost byte (🐈 cat and 🍈 melon are F0 9F 90 88 and F0 9F 8D 88) look alike to every
/// character model; the line often names what it shows ("a photo of a cat 🐈", "a professora aplaudiu 👏"). A candidate
/// whose keywords (CLDR's annotations in the repair's languages, derived by <c>tools/repair-lm/build_emoji_names.py</c>)
/// the line uses is preferred.
/// </summary>
internal sealed class EmojiNamePrior
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-emoji-names.txt.gz";

    // The character model knows emoji only by frequency, and faces are hundreds of times commoner than a cat: naming
    // the thing outweighs that.
    private const double NamedBonus = 8;

    private static readonly Lazy<Dictionary<int, string[]>> s_names = new(Load);

    private readonly HashSet<string> _words;
    private readonly string _text;
    private readonly Dictionary<int, double> _scores = [];

    private EmojiNamePrior(HashSet<string> words, string text)
    {
        _words = words;
        _text = text;
    }

    /// <summary>The prior for <paramref name="lattice"/>, or null when no rebuilt slot may hold an emoji.</summary>
    public static EmojiNamePrior? For(Lattice lattice)
    {
        if (!lattice.Slots.Any(s => s.Length > 1 && s.Any(IsPictograph)))
        {
            return null;
        }
        var text = new StringBuilder();
        foreach (var c in lattice.CertainText())
        {
            text.Append(c > 0 ? char.ConvertFromUtf32(c) : " ");
        }
        var line = text.ToString().ToLowerInvariant();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var letter = i < line.Length && char.IsLetter(line[i]) && !IsCjk(line[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(line[start..i]);
                start = -1;
            }
        }
        return new EmojiNamePrior(words, line);
    }

    /// <summary>Log weight of emoji <paramref name="candidate"/>: a bonus when the line names it, else 0.</summary>
    public double Score(int candidate)
    {
        if (!IsPictograph(candidate))
        {
            return 0;
        }
        if (!_scores.TryGetValue(candidate, out var score))
        {
            score = s_names.Value.TryGetValue(candidate, out var keywords) && keywords.Any(Named) ? NamedBonus : 0;
            _scores[candidate] = score;
        }
        return score;
    }

    // A Chinese or Japanese keyword stands in the line as it is; a word of an alphabetic script with an ending of its
    // own (cats, gatos, aplaudiu for aplaudir).
    private bool Named(string keyword)
    {
        if (IsCjk(keyword[0]))
        {
            return _text.Contains(keyword, StringComparison.Ordinal);
        }
        var stem = keyword.Length <= 4 ? keyword.Length : Math.Max(4, keyword.Length - 3);
        foreach (var word in _words)
        {
            if (word.Length >= stem && word.AsSpan(0, stem).SequenceEqual(keyword.AsSpan(0, stem))
                && (keyword.Length > 3 || word.Length - keyword.Length <= 2))
            {
                return true;
            }
        }
        return false;
    }

    // Chinese and Japanese are written without spaces: their keywords are looked for as they stand.
    private static bool IsCjk(char c) => c >= '\u2E80';

    private static bool IsPictograph(int c) => c is (>= 0x2600 and <= 0x27BF) or (>= 0x1F000 and <= 0x1FAFF);

    private static Dictionary<int, string[]> Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ResourceName));
        var names = new Dictionary<int, string[]>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                names[char.ConvertToUtf32(line, 0)] = line[(tab + 1)..].Split(' ');
            }
        }
        return names;
    }
}
