using Reader.Council.Evidence;
using Reader.Council.Text;
using Reader.Core.Documents;

namespace Reader.Council.Answers;

/// <summary>Turns cited unit ids into citations, keeping only units that were in the evidence.</summary>
public static class CitationFactory
{
    private const int MaxQuote = 300;

    /// <summary>A citation per distinct valid id, in order; <paramref name="quoteFor"/> picks the quoted text (default: the unit's first sentence).</summary>
    public static IReadOnlyList<Citation> Create(EvidenceSet evidence, IEnumerable<string> unitIds, Func<Unit, string?>? quoteFor = null)
    {
        var citations = new List<Citation>();
        foreach (var id in unitIds.Distinct(StringComparer.Ordinal))
        {
            if (!evidence.TryGet(id, out var passage))
            {
                continue;
            }
            var unit = passage.Unit;
            var quote = quoteFor?.Invoke(unit) ?? Sentences.Split(unit.Text, unit.Lang).FirstOrDefault() ?? unit.Text;
            citations.Add(new Citation(unit.Id, unit.Lang, unit.Section, Shorten(quote)));
        }
        return citations;
    }

    private static string Shorten(string quote) => quote.Length <= MaxQuote ? quote : quote[..(MaxQuote - 1)].TrimEnd() + "\u2026";
}
