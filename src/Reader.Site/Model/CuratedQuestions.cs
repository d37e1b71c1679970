using Reader.Core.Documents;

namespace Reader.Site.Model;

/// <summary>
/// The questions whose answers the static Ask page shows: one per shift section of the outline, asked in
/// English about the section's title, so any article set gets a set without a hand-written list.
/// </summary>
public static class CuratedQuestions
{
    public static IReadOnlyList<string> For(Corpus corpus) => corpus.Sections
        .Where(s => s.Id.StartsWith("shift-", StringComparison.Ordinal))
        .Select(s => $"What does the article say about \u201C{s.TitleIn("en")}\u201D?")
        .ToList();
}
