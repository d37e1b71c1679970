using System.Text.RegularExpressions;

namespace Reader.Council.Text;

/// <summary>
/// The names a question is about (capitalised words, acronyms, model numbers) and whether the corpus
/// ever mentions them: what a question names says what it is about, the rest what it asks.
/// </summary>
public sealed partial class CorpusNames
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _capitalized = new(StringComparer.Ordinal);

    /// <param name="texts">Every unit's text.</param>
    public CorpusNames(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            var previous = "";
            foreach (var word in Words(text))
            {
                _words.Add(word);
                // Capitalised after a lower-case word: a name (Cursor, Karpathy), not a sentence start.
                if (previous.Length > 0 && char.IsUpper(word[0]) && char.IsLower(previous[^1]))
                {
                    _capitalized.Add(word);
                }
                previous = word;
            }
        }
    }

    /// <summary>
    /// The words of <paramref name="question"/> written as names: capitalised after its first word, all
    /// capitals, or letters with digits (GPT-5); its first word when the corpus writes that word as a name.
    /// </summary>
    public IReadOnlyList<string> In(string question) =>
        Words(question)
            .Where((word, i) => (i > 0 && char.IsUpper(word[0])) || IsAcronymOrModel(word) || (i == 0 && _capitalized.Contains(word)))
            .ToList();

    /// <summary>
    /// The names of <paramref name="question"/> that no unit mentions (Tesla, GPT-5). A hyphenated name is
    /// known when every part is, unless a part is a number: GPT-2 does not make GPT-5 known.
    /// </summary>
    public IReadOnlyList<string> Unknown(string question) =>
        In(question).Where(name => !IsKnown(name)).ToList();

    private bool IsKnown(string name)
    {
        if (_words.Contains(name))
        {
            return true;
        }
        var parts = name.Split('-');
        return parts.Length > 1 && !parts.Any(p => p.Any(char.IsDigit)) && parts.All(_words.Contains);
    }

    private static bool IsAcronymOrModel(string word) =>
        word.Any(char.IsLetter) && (word.Any(char.IsDigit) || (word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-')));

    /// <summary>Runs of letters and digits outside the Han script, hyphenated runs kept whole.</summary>
    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"(?:(?![\u3400-\u9FFF\uF900-\uFAFF])[\p{L}\p{N}])+(?:-(?:(?![\u3400-\u9FFF\uF900-\uFAFF])[\p{L}\p{N}])+)*")]
    private static partial Regex WordPattern();
}
