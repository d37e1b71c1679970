using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Search.Grouping;

namespace Reader.Council.Evidence;

/// <summary>The aligner's partition as the groups search and the council expand evidence through.</summary>
public static class AlignedGroups
{
    public static UnitGroups From(Corpus corpus, AlignmentResult alignment) =>
        UnitGroups.FromPartition(corpus, alignment.Groups.Select(g => (g.Id, (IEnumerable<string>)g.UnitIds)));
}
