using System.Globalization;
using System.Text;

namespace Reader.Search.Querying;

/// <summary>
/// Turns any user input into a searchable <see cref="ParsedQuery"/> and never throws: control characters,
/// unbalanced quotes, lone operators, wildcards and oversized input are cleaned, not rejected.
/// Only one piece of syntax is honoured: text inside balanced double quotes is a phrase.
/// </summary>
public static class QuerySanitizer
{
    /// <summary>Input beyond this many characters is ignored; no real question is longer.</summary>
    public const int MaxChars = 1000;

    private static readonly HashSet<string> s_operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "&&", "||" };

    public static ParsedQuery Parse(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return new ParsedQuery("", []);
        }
        var text = Clean(Truncate(input));
        var phrases = new List<string>();
        var words = new StringBuilder();
        var parts = text.Split('"');
        // Even parts are outside quotes, odd parts inside; a quote with no partner leaves an
        // even number of parts and its text is searched as plain words.
        var balanced = parts.Length % 2 == 1;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = StripSyntax(parts[i]);
            if (part.Length == 0)
            {
                continue;
            }
            if (i % 2 == 1 && (balanced || i < parts.Length - 1))
            {
                phrases.Add(part);
            }
            words.Append(part).Append(' ');
        }
        return new ParsedQuery(words.ToString().Trim(), phrases);
    }

    private static string Truncate(string input)
    {
        if (input.Length <= MaxChars)
        {
            return input;
        }
        var end = char.IsHighSurrogate(input[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return input[..end];
    }

    /// <summary>Compatibility-normalises (full-width letters become ASCII), maps curly quotes to <c>"</c>, and blanks control, format and unpaired surrogate characters.</summary>
    private static string Clean(string input)
    {
        var normalized = IsWellFormed(input) ? input.Normalize(NormalizationForm.FormKC) : input;
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                builder.Append(c).Append(normalized[++i]);
                continue;
            }
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' => '"',
                _ when char.IsSurrogate(c) => ' ',
                _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned ? ' ' : c,
            });
        }
        return builder.ToString();
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Drops boolean operators, required/prohibited marks and Lucene's special characters; words stay.</summary>
    private static string StripSyntax(string part)
    {
        var builder = new StringBuilder();
        foreach (var token in part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_operators.Contains(token))
            {
                continue;
            }
            var word = new StringBuilder(token.Length);
            foreach (var c in token.TrimStart('+', '-', '!'))
            {
                word.Append(c is '*' or '?' or '~' or '^' or '\\' or ':' or '(' or ')' or '{' or '}' or '[' or ']' or '|' or '&' ? ' ' : c);
            }
            var cleaned = word.ToString().Trim();
            if (cleaned.Length > 0)
            {
                builder.Append(cleaned).Append(' ');
            }
        }
        return builder.ToString().Trim();
    }
}
