namespace Reader.Council.Text;

/// <summary>Guesses which of the five languages a short question is written in, from script and function words.</summary>
public static class LanguageDetector
{
    // Function words that are frequent in questions; words shared by two languages count for both
    // and the distinctive ones decide.
    private static readonly Dictionary<string, string[]> s_markers = new()
    {
        ["en"] = ["the", "what", "is", "are", "of", "and", "how", "why", "which", "does", "do", "did", "to", "in", "about", "who", "was", "were", "this", "that", "with", "say", "says", "mean", "it", "for", "on", "be", "has", "have", "can", "will", "its", "an", "why", "from", "they", "their", "there", "would"],
        ["es"] = ["el", "la", "los", "las", "del", "que", "qu\u00E9", "es", "en", "por", "para", "una", "un", "c\u00F3mo", "cu\u00E1l", "cu\u00E1les", "seg\u00FAn", "dice", "y", "qui\u00E9n", "significa", "son", "al", "lo", "sobre", "porqu\u00E9", "d\u00F3nde"],
        ["pt"] = ["o", "os", "as", "da", "do", "dos", "das", "que", "\u00E9", "em", "n\u00E3o", "uma", "um", "como", "qual", "quais", "segundo", "diz", "e", "para", "no", "na", "ao", "sobre", "quem", "significa", "s\u00E3o", "por", "onde"],
        ["nl"] = ["de", "het", "een", "van", "en", "is", "wat", "hoe", "waarom", "welke", "niet", "zijn", "volgens", "zegt", "dat", "die", "op", "wie", "betekent", "over", "er", "met", "voor", "wordt", "waar", "in", "houdt", "je", "ze", "kan", "heeft", "worden", "geen", "ook", "maar", "als", "aan", "om", "bij", "naar", "uit", "dan", "hij", "zij", "wij", "we", "eruit", "ziet", "gaat", "doet", "deze", "dit", "hun"],
    };

    /// <summary>Returns <c>en</c>, <c>es</c>, <c>pt</c>, <c>zh</c> or <c>nl</c>; English when nothing decides.</summary>
    public static string Detect(string text)
    {
        var cjk = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (TermAnalyzer.IsCjk(c))
            {
                cjk++;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        if (cjk > 0 && cjk * 5 >= letters)
        {
            return "zh";
        }

        var words = TermAnalyzer.Words(text.ToLowerInvariant()).ToList();
        var scores = s_markers.ToDictionary(p => p.Key, p => (double)words.Count(p.Value.Contains));
        var lower = text.ToLowerInvariant();
        // Letters and endings that only one of the Latin-script languages uses.
        scores["es"] += 2 * (Count(lower, "\u00F1") + Count(lower, "\u00BF") + Count(lower, "ci\u00F3n"));
        scores["pt"] += 2 * (Count(lower, "\u00E3") + Count(lower, "\u00F5") + Count(lower, "\u00E7\u00E3o") + Count(lower, "lh"));
        scores["nl"] += Count(lower, "ij") + Count(lower, "oe") + Count(lower, "aa");
        var best = scores.OrderByDescending(p => p.Value).ThenBy(p => Array.IndexOf(["en", "es", "pt", "nl"], p.Key)).First();
        return best.Value > 0 ? best.Key : "en";
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
