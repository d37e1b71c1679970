using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;
using Reader.Core.Alignment.Lexicons;
using Reader.Core.Documents;

namespace Reader.Core.Alignment.Features;

/// <summary>Turns units into evidence items: numbers, names, Latin terms, lexicon glosses and cognates of the pivot's words.</summary>
internal sealed partial class ProfileBuilder
{
    private const string Pivot = "en";

    private readonly Func<string, BilingualLexicon> _lexicons;
    private readonly Tokenizer? _tokenizer;
    private readonly CognateMatcher _cognates;

    public ProfileBuilder(Func<string, BilingualLexicon> lexicons, Tokenizer? tokenizer, IEnumerable<string> pivotWords)
    {
        _lexicons = lexicons;
        _tokenizer = tokenizer;
        _cognates = new CognateMatcher(pivotWords);
    }

    /// <summary>Lower-cased content words of pivot-language text, the vocabulary cognates are looked up in.</summary>
    public static IEnumerable<string> PivotWords(IEnumerable<Unit> pivotUnits) =>
        pivotUnits.SelectMany(u => LatinWord().Matches(u.Text).Select(m => WordForms.Fold(m.Value)))
            .Where(w => !Stopwords.Contains(Pivot, w));

    public UnitProfile Build(Unit unit)
    {
        var items = new List<EvidenceItem>();
        var lexicon = unit.Lang == Pivot ? BilingualLexicon.Empty(Pivot) : _lexicons(unit.Lang);
        foreach (Match m in Token().Matches(unit.Text))
        {
            if (m.Groups["num"].Success)
            {
                AddNumber(items, m.Value);
            }
            else if (m.Groups["han"].Success)
            {
                AddHan(items, m.Value, lexicon);
            }
            else
            {
                AddLatin(items, m.Value, unit.Lang, lexicon, IsSentenceStart(unit.Text, m.Index));
            }
        }
        var tokens = _tokenizer?.CountTokens(unit.Text) ?? Math.Max(1, unit.Text.Length / 4);
        return new UnitProfile(unit, items, Math.Max(1, tokens));
    }

    private static void AddNumber(List<EvidenceItem> items, string text)
    {
        var digits = NumberCore().Match(text).Value.Replace(",", ".", StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            return;
        }
        var keys = new List<string> { "n:" + digits };
        // "1970s", "the 80s" and "70 年代" name the same decade.
        if (digits.Length == 4 && digits.EndsWith('0') && text.EndsWith('s'))
        {
            keys.Add("n:" + digits[2..]);
        }
        items.Add(new EvidenceItem(text, [.. keys], digits.Length >= 2 ? EvidenceKind.Anchor : EvidenceKind.Word));
    }

    private void AddLatin(List<EvidenceItem> items, string word, string lang, BilingualLexicon lexicon, bool sentenceStart)
    {
        var folded = WordForms.Fold(word).Trim('\'', '-');
        if (folded.Length < 2 || Stopwords.Contains(lang, folded) || Stopwords.Contains(Pivot, folded) && lang is Pivot or "zh")
        {
            return;
        }
        var isName = IsName(word, sentenceStart);
        var keys = new List<string> { "e:" + WordForms.Stem(folded) };
        if (lang is not Pivot and not "zh")
        {
            foreach (var form in LookupForms(folded, lang))
            {
                if (lexicon.TryTranslate(form, out var glosses))
                {
                    foreach (var gloss in glosses)
                    {
                        AddKey(keys, "e:" + WordForms.Stem(gloss));
                    }
                    break;
                }
            }
            foreach (var cognate in _cognates.Match(folded))
            {
                AddKey(keys, "e:" + WordForms.Stem(cognate));
            }
        }
        items.Add(new EvidenceItem(word, [.. keys], isName ? EvidenceKind.Anchor : EvidenceKind.Word));
    }

    private static void AddHan(List<EvidenceItem> items, string run, BilingualLexicon lexicon)
    {
        var max = Math.Max(1, Math.Min(lexicon.MaxKeyLength, 4));
        var i = 0;
        while (i < run.Length)
        {
            var matched = false;
            for (var len = Math.Min(max, run.Length - i); len >= 1; len--)
            {
                var word = run.Substring(i, len);
                if (!lexicon.TryTranslate(word, out var glosses))
                {
                    continue;
                }
                if (!Stopwords.Contains("zh", word))
                {
                    var keys = new List<string> { "z:" + word };
                    foreach (var gloss in glosses)
                    {
                        AddKey(keys, "e:" + WordForms.Stem(gloss));
                    }
                    items.Add(new EvidenceItem(word, [.. keys], EvidenceKind.Word));
                }
                i += len;
                matched = true;
                break;
            }
            if (!matched)
            {
                i++;
            }
        }
    }

    /// <summary>The word and its singular guesses, tried in order against the lexicon.</summary>
    private static IEnumerable<string> LookupForms(string folded, string lang)
    {
        yield return folded;
        string[] suffixes = lang switch
        {
            "nl" => ["en", "s", "n", "e"],
            "es" or "pt" => ["es", "s"],
            _ => ["s"],
        };
        foreach (var suffix in suffixes)
        {
            if (folded.Length > suffix.Length + 3 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return folded[..^suffix.Length];
            }
        }
    }

    private static bool IsName(string word, bool sentenceStart) =>
        word.Any(char.IsDigit)
        || word.Skip(1).Any(char.IsUpper)
        || char.IsUpper(word[0]) && !sentenceStart;

    private static bool IsSentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '*' or '\u00BF' or '\u00A1' or '\u00AB')
            {
                continue;
            }
            return c is '.' or '!' or '?' or ':' or ';' or '\u3002' || char.IsDigit(c);
        }
        return true;
    }

    private static void AddKey(List<string> keys, string key)
    {
        if (key.Length > 3 && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    [GeneratedRegex(@"(?<num>[~]?\d+(?:[.,]\d+)?(?:%|s\b)?)|(?<han>[\u3400-\u4DBF\u4E00-\u9FFF]+)|(?<lat>\p{L}[\p{L}\p{M}\p{Nd}'\u2019-]*)")]
    private static partial Regex Token();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?")]
    private static partial Regex NumberCore();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'\u2019-]{3,}")]
    private static partial Regex LatinWord();
}
