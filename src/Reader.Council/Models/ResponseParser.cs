using System.Text.RegularExpressions;
using Reader.Council.Evidence;

namespace Reader.Council.Models;

/// <summary>Reads what models wrote: the unit ids they cite and the ranking they give.</summary>
public static partial class ResponseParser
{
    [GeneratedRegex(@"\[([^\[\]\n]{1,200})\]")]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"Response\s+([A-Z]{1,2})\b")]
    private static partial Regex ResponseLabel();

    /// <summary>The text with markers for ids outside the evidence removed, and the cited ids split into valid and dropped.</summary>
    public static (string Text, IReadOnlyList<string> Valid, IReadOnlyList<string> Dropped) Citations(string text, EvidenceSet evidence)
    {
        var valid = new List<string>();
        var dropped = new List<string>();
        var cleaned = CitationMarker().Replace(text, match =>
        {
            var ids = match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var kept = ids.Where(evidence.Contains).ToList();
            valid.AddRange(kept);
            dropped.AddRange(ids.Where(id => !evidence.Contains(id)));
            return kept.Count == 0 ? "" : "[" + string.Join(", ", kept) + "]";
        });
        return (CollapseSpaces(cleaned), valid.Distinct().ToList(), dropped.Distinct().ToList());
    }

    /// <summary>True when the model said the evidence does not answer the question.</summary>
    public static bool IsNotAnswerable(string text) => text.Contains(CouncilPrompts.NotAnswerable, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The labels in ranked order, from the part after <c>FINAL RANKING:</c> when present (else the whole
    /// reply), keeping only labels the reviewer was shown, each once.
    /// </summary>
    public static IReadOnlyList<string> Ranking(string text, IReadOnlyCollection<string> shown)
    {
        var marker = text.LastIndexOf("FINAL RANKING", StringComparison.OrdinalIgnoreCase);
        var part = marker >= 0 ? text[marker..] : text;
        return ResponseLabel().Matches(part)
            .Select(m => "Response " + m.Groups[1].Value)
            .Where(shown.Contains)
            .Distinct()
            .ToList();
    }

    private static string CollapseSpaces(string text) => Regex.Replace(text, @"[ \t]{2,}", " ").Replace(" .", ".").Trim();
}
