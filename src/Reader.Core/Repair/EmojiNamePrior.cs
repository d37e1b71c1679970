using System.Text;

namespace Reader.Core.Repair;

/// <summary>
/// Emoji that differ in a lost byte (🐈 cat and 🍈 melon are F0 9F 90 88 and F0 9F 8D 88) look alike to every
/// character model; the line often names what it shows ("a photo of a cat 🐈"). A candidate whose name (Unicode's
/// CLDR short name, derived by <c>tools/repair-lm/build_emoji_names.py</c>) shares a word with the line is preferred.
/// </summary>
internal sealed class EmojiNamePrior
{
    private const string ResourceName = "Reader.Core.Repair.Data.repair-emoji-names.txt.gz";

    // The character model knows emoji only by frequency, and faces are hundreds of times commoner than a cat: naming
    // the thing outweighs that.
    private const double NamedBonus = 8;

    private static readonly Lazy<Dictionary<int, string[]>> s_names = new(Load);

    private readonly HashSet<string> _words;
    private readonly Dictionary<int, double> _scores = [];

    private EmojiNamePrior(HashSet<string> words)
    {
        _words = words;
    }

    /// <summary>The prior for <paramref name="lattice"/>, or null when no rebuilt slot may hold an emoji.</summary>
    public static EmojiNamePrior? For(Lattice lattice)
    {
        if (!lattice.Slots.Any(s => s.Length > 1 && s.Any(IsPictograph)))
        {
            return null;
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in lattice.CertainText().Append(0))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                word.Append(char.ToLowerInvariant((char)c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        return words.Count == 0 ? null : new EmojiNamePrior(words);
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
            score = s_names.Value.TryGetValue(candidate, out var name) && name.Any(Named) ? NamedBonus : 0;
            _scores[candidate] = score;
        }
        return score;
    }

    // The name's word as the line writes it, or with an ending (cats, melons).
    private bool Named(string nameWord)
    {
        foreach (var word in _words)
        {
            if (word.StartsWith(nameWord, StringComparison.Ordinal) && word.Length - nameWord.Length <= 2)
            {
                return true;
            }
        }
        return false;
    }

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
