using System.Globalization;
using System.Text;

namespace Reader.Search.Languages;

/// <summary>Guesses a query's language from its script and its function words; says nothing when the evidence is even.</summary>
public sealed class LanguageDetector
{
    private readonly IReadOnlyList<SearchLanguage> _languages;
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);

    public LanguageDetector(IEnumerable<SearchLanguage> languages)
    {
        _languages = languages.ToList();
        foreach (var word in _languages.SelectMany(l => l.DetectionWords))
        {
            _owners[word] = _owners.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>The most likely language code of <paramref name="text"/>, or null when no language leads.</summary>
    public string? Detect(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var words = Words(normalized);
        string? best = null;
        var bestScore = 0.0;
        var runnerUp = 0.0;
        foreach (var language in _languages)
        {
            var score = language.Evidence(normalized, words, w => Math.Max(1, _owners.GetValueOrDefault(w)));
            if (score > bestScore)
            {
                runnerUp = bestScore;
                bestScore = score;
                best = language.Code;
            }
            else if (score > runnerUp)
            {
                runnerUp = score;
            }
        }
        return bestScore > runnerUp ? best : null;
    }

    /// <summary>Lower-cased runs of letters (apostrophes kept inside a word, so <c>what's</c> stays one word).</summary>
    internal static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u02BC' ? '\'' : raw;
            if (char.IsLetter(c) && !Chinese.IsHan(c) || c == '\'' && current.Length > 0)
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('\''));
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('\''));
        }
        return words;
    }
}
