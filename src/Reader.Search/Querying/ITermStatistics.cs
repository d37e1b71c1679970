using Lucene.Net.Index;

namespace Reader.Search.Querying;

/// <summary>What query building needs to know about the index: how many units have a field, how many contain a term, and where.</summary>
internal interface ITermStatistics
{
    long DocCount(string field);

    int DocFreq(string field, string term);

    /// <summary>The term's per-segment states, so a TermQuery need not look the term up again.</summary>
    TermContext Context(Term term);
}
