using Reader.Core.Documents;
using Reader.Search.Highlighting;

namespace Reader.Search;

/// <summary>What to search for besides the query text.</summary>
/// <param name="Top">How many groups to return (each with all its units); at least 1.</param>
/// <param name="Lang">The query's language when the caller knows it; null to detect it.</param>
/// <param name="SnippetLength">Excerpt length in characters.</param>
public sealed record SearchRequest(int Top = 10, string? Lang = null, int SnippetLength = SnippetBuilder.DefaultLength);

/// <summary>The answer to one query: groups of units that say the same thing, best group first.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="SearchedText">What was actually searched after sanitising (empty when nothing searchable was left).</param>
/// <param name="Lang">The query's language: as requested, else as detected, else <c>en</c>.</param>
/// <param name="LangDetected">True when <paramref name="Lang"/> came from evidence (request or detection), false when it is the fallback.</param>
/// <param name="Groups">The best groups, best first.</param>
public sealed record SearchResponse(
    string Query, string SearchedText, string Lang, bool LangDetected, IReadOnlyList<GroupHit> Groups)
{
    /// <summary>Every unit of every group, in rank order: the groups in turn, each best unit first.</summary>
    public IReadOnlyList<SearchHit> Hits { get; } = Groups.SelectMany(g => g.Units).ToList();
}

/// <summary>A matching alignment group.</summary>
/// <param name="Id">The group id.</param>
/// <param name="Score">The best score of its units.</param>
/// <param name="Units">Its units: those that matched, best first, then their counterparts (the query's language first).</param>
public sealed record GroupHit(string Id, double Score, IReadOnlyList<SearchHit> Units)
{
    /// <summary>The section of the group's best unit.</summary>
    public string Section => Units[0].Unit.Section;
}

/// <summary>One unit in the results.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Group">Its alignment group.</param>
/// <param name="Score">Its own relevance (BM25); 0 for a counterpart that is shown only because its group matched.</param>
/// <param name="Snippet">An excerpt with the query's terms marked.</param>
public sealed record SearchHit(Unit Unit, string Group, double Score, Snippet Snippet)
{
    /// <summary>True when the unit matched the query itself, not only through its group.</summary>
    public bool Matched => Score > 0;
}
