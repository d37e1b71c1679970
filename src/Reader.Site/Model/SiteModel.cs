using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Site.Search;

namespace Reader.Site.Model;

/// <summary>
/// Everything the site is built from. Only the corpus is required: each later stage
/// (alignment, search analysis, council answers) adds to the pages when it exists.
/// </summary>
public sealed record SiteModel
{
    public required Corpus Corpus { get; init; }

    /// <summary>A partition of the corpus units; without an aligner each unit is its own group.</summary>
    public required IReadOnlyList<SiteGroup> Groups { get; init; }

    /// <summary>How text is split into search terms; without it the Search page has no static index.</summary>
    public ITermAnalysis? Analysis { get; init; }

    /// <summary>Answers to the curated questions, precomputed for the static Ask page.</summary>
    public IReadOnlyList<SiteAnswer> Answers { get; init; } = [];

    /// <summary>Builds a model whose groups are the aligner's.</summary>
    public static SiteModel Aligned(Corpus corpus, AlignmentResult alignment) => new()
    {
        Corpus = corpus,
        Groups = alignment.Groups.Select(g => new SiteGroup(g.Id, g.Section, g.UnitIds)).ToList(),
    };

    /// <summary>Builds a model in which every unit is its own group (a corpus without alignment).</summary>
    public static SiteModel Unaligned(Corpus corpus) => new()
    {
        Corpus = corpus,
        Groups = corpus.Units.Select(u => new SiteGroup(u.Id, u.Section, [u.Id])).ToList(),
    };
}
