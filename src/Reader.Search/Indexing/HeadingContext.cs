using Reader.Core.Documents;

namespace Reader.Search.Indexing;

/// <summary>The heading each unit stands under: a unit's own heading, carried to the units after it while the section stays the same.</summary>
internal static class HeadingContext
{
    public static IEnumerable<(Unit Unit, string? Heading)> Of(Corpus corpus)
    {
        foreach (var document in corpus.Documents)
        {
            (string Text, string Section)? current = null;
            foreach (var unit in document.Units)
            {
                if (unit.Heading is { Length: > 0 } heading)
                {
                    current = (heading, unit.Section);
                }
                else if (current?.Section != unit.Section)
                {
                    current = null;
                }
                yield return (unit, current?.Text);
            }
        }
    }
}
