using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Reader.Council.Text;

/// <summary>
/// Turns text into comparable terms: lower-cased, stop words dropped, Snowball-stemmed per language,
/// accents folded; Chinese runs become character bigrams.
/// </summary>
public static class TermAnalyzer
{
    // Words that ask or point at the article rather than carry the question's content; they are
    // generic to questions about any article, so they never decide whether one is answerable.
    private static readonly Dictionary<string, HashSet<string>> s_questionWords = new()
    {
        ["en"] = ["what", "which", "who", "whom", "whose", "why", "how", "when", "where", "does", "do", "did", "say", "says", "said", "according", "author", "article", "text", "mean", "means", "meant", "describe", "describes", "explain", "explains", "think", "thinks", "mention", "mentions", "tell", "about", "can", "could", "would", "should", "has", "have", "had", "is", "are", "was", "were", "been", "being", "its", "his", "her", "their", "our", "your", "my", "me", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those", "from", "than", "so", "very", "much", "many", "also", "called", "happened", "happen", "kind", "main", "between", "among", "into", "through", "during", "before", "after", "above", "below", "over", "under", "again", "then", "once", "here", "there", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "too", "just", "now", "way", "ways", "get", "gets", "make", "makes", "made", "making", "use", "used", "one", "ones", "thing", "things", "someone", "something", "good", "better", "best", "bad", "worse", "big", "small", "important", "look", "looks", "like", "go", "goes", "come", "comes", "take", "takes", "give", "gives", "much", "many", "well", "work", "works"],
        ["es"] = ["qu\u00E9", "que", "cu\u00E1l", "cu\u00E1les", "qui\u00E9n", "qui\u00E9nes", "c\u00F3mo", "por", "porqu\u00E9", "cu\u00E1ndo", "d\u00F3nde", "dice", "dicen", "seg\u00FAn", "autor", "art\u00EDculo", "texto", "significa", "describe", "explica", "piensa", "menciona", "sobre", "es", "son", "fue", "ha", "han", "hay", "esto", "eso", "llama", "llamado", "mejor", "bueno", "buena", "malo", "grande", "peque\u00F1o", "importante", "hace", "hacer", "tiene", "tienen", "va", "van", "cu\u00E1nto", "cu\u00E1ntos", "muy", "m\u00E1s", "funciona", "funcionan", "unas", "toda", "todas"],
        ["pt"] = ["que", "qual", "quais", "quem", "como", "por", "porque", "quando", "onde", "diz", "dizem", "segundo", "autor", "artigo", "texto", "significa", "descreve", "explica", "pensa", "menciona", "sobre", "\u00E9", "s\u00E3o", "foi", "tem", "h\u00E1", "isso", "isto", "chama", "chamado", "melhor", "bom", "boa", "ruim", "grande", "pequeno", "importante", "faz", "fazer", "tem", "t\u00EAm", "vai", "v\u00E3o", "dizer", "quanto", "quantos", "muito", "mais", "funciona", "funcionam"],
        ["nl"] = ["wat", "welke", "welk", "wie", "waarom", "hoe", "wanneer", "waar", "zegt", "zeggen", "volgens", "auteur", "artikel", "tekst", "betekent", "beschrijft", "legt", "uit", "denkt", "noemt", "over", "is", "zijn", "was", "heeft", "hebben", "er", "dit", "deze", "genoemd", "gebeurde", "beter", "best", "goed", "slecht", "groot", "klein", "belangrijk", "ziet", "eruit", "houdt", "gaat", "doet", "komt", "staat", "maakt", "krijgt", "hoeveel", "veel", "meer", "erg", "werkt", "werken"],
    };

    // Chinese question words and particles, removed before bigrams are formed.
    private static readonly string[] s_chineseQuestionWords =
    [
        "\u4E3A\u4EC0\u4E48", "\u4EC0\u4E48\u65F6\u5019", "\u4EC0\u4E48\u6837", "\u600E\u4E48\u6837", "\u600E\u6837", "\u591A\u5C11", "\u54EA\u91CC", "\u4F55\u65F6", "\u4EC0\u4E48", "\u600E\u4E48", "\u5982\u4F55", "\u54EA\u4E9B", "\u54EA\u4E2A", "\u662F\u5426",
        "\u4F5C\u8005", "\u6587\u7AE0", "\u8BA4\u4E3A", "\u63D0\u5230", "\u8BF4", "\u8C01", "\u5417", "\u5462", "\u6839\u636E",
        "\u7684", "\u662F", "\u4E86", "\u5728", "\u6709", "\u548C", "\u4E0E", "\u5BF9", "\u4E2D", "\u8FD9", "\u90A3", "\u4E2A", "\u4E48",
    ];

    private static readonly Dictionary<string, CharArraySet> s_stopSets = new()
    {
        ["en"] = EnglishAnalyzer.DefaultStopSet,
        ["es"] = SpanishAnalyzer.DefaultStopSet,
        ["pt"] = PortugueseAnalyzer.DefaultStopSet,
        ["nl"] = DutchAnalyzer.DefaultStopSet,
    };

    [ThreadStatic]
    private static Dictionary<string, SnowballProgram>? t_stemmers;

    /// <summary>True for Han ideographs, the script the Chinese versions are written in.</summary>
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Runs of letters and digits outside the Han script, as written.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]) && !IsCjk(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The content terms of <paramref name="text"/> written in <paramref name="lang"/>.</summary>
    public static List<string> Analyze(string text, string lang)
    {
        var lower = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = new List<string>();
        string? previous = null;
        var position = 0;
        foreach (var word in Words(lower))
        {
            var start = lower.IndexOf(word, position, StringComparison.Ordinal);
            var hyphenated = previous is not null && start > 0 && lower[start - 1] == '-' && lower.AsSpan(0, start - 1).EndsWith(previous);
            position = start + word.Length;
            var last = previous;
            previous = word;
            if (hyphenated && word.Any(char.IsDigit))
            {
                // "GPT-5" must not match "GPT-2" plus some other 5: a model name with a number is kept
                // whole, and its number does not stand alone.
                terms.Add(Fold(last + word));
                continue;
            }
            if (IsStopWord(word, lang))
            {
                continue;
            }
            // Stemming sees the accents (Snowball's Spanish and Portuguese suffixes carry them: perdi\u00F3,
            // programaci\u00F3n); folding afterwards lets the stems meet across spelling variants.
            var term = Fold(Stem(word, lang));
            if (term.Length > 0)
            {
                terms.Add(term);
            }
        }
        AddChineseBigrams(lower, terms);
        return terms;
    }

    private static bool IsStopWord(string word, string lang)
    {
        if (word.Length == 1 && !char.IsDigit(word[0]))
        {
            return true;
        }
        var key = s_stopSets.ContainsKey(lang) ? lang : "en";
        return s_stopSets[key].Contains(word) || s_questionWords[key].Contains(word);
    }

    private static string Stem(string word, string lang)
    {
        if (word.Any(char.IsDigit))
        {
            return word;
        }
        t_stemmers ??= [];
        // Latin words inside Chinese text are English terms (RLVR, Claude Code, vibe coding).
        var key = lang is "es" or "pt" or "nl" ? lang : "en";
        if (!t_stemmers.TryGetValue(key, out var stemmer))
        {
            stemmer = key switch
            {
                "es" => new SpanishStemmer(),
                "pt" => new Lucene.Net.Tartarus.Snowball.Ext.PortugueseStemmer(),
                "nl" => new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer(),
                _ => new EnglishStemmer(),
            };
            t_stemmers[key] = stemmer;
        }
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>Drops accents (and the ñ tilde, ç cedilla) so that spelling variants meet.</summary>
    private static string Fold(string term)
    {
        var decomposed = term.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static void AddChineseBigrams(string text, List<string> terms)
    {
        foreach (var run in ChineseRuns(text))
        {
            if (run.Length == 1)
            {
                terms.Add(run);
            }
            for (var i = 0; i + 1 < run.Length; i++)
            {
                terms.Add(run.Substring(i, 2));
            }
        }
    }

    /// <summary>The runs of Han characters in <paramref name="text"/>, split at question words and particles.</summary>
    public static IReadOnlyList<string> ChineseRuns(string text)
    {
        var runs = new List<string>();
        if (!text.Any(IsCjk))
        {
            return runs;
        }
        var cleaned = text;
        foreach (var word in s_chineseQuestionWords)
        {
            cleaned = cleaned.Replace(word, " ", StringComparison.Ordinal);
        }
        var run = new StringBuilder();
        foreach (var c in cleaned.Append(' '))
        {
            if (IsCjk(c))
            {
                run.Append(c);
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }
        return runs;
    }
}
