using System.Collections.Concurrent;
using Lucene.Net.Index;
using Reader.Search.Querying;

namespace Reader.Search.Indexing;

/// <summary>
/// Term statistics of an index that no longer changes, read once when it is opened. A term-dictionary
/// seek costs tens of microseconds in Lucene.Net and a query needs a hundred or more (every term in
/// every language field, then again to build the weights), so they are answered from memory instead.
/// Memory is bounded by the index's own vocabulary: terms absent from the index are never stored.
/// </summary>
internal sealed class IndexStatistics : ITermStatistics
{
    private readonly IndexReader _reader;
    private readonly Dictionary<string, long> _docCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _docFreq = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Term, TermContext> _contexts = new();

    public IndexStatistics(IndexReader reader, IEnumerable<string> fields)
    {
        _reader = reader;
        foreach (var field in fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            if (terms is not null)
            {
                var termsEnum = terms.GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    frequencies[termsEnum.Term.Utf8ToString()] = termsEnum.DocFreq;
                }
                _docCount[field] = terms.DocCount == -1 ? reader.MaxDoc : terms.DocCount;
            }
            _docFreq[field] = frequencies;
        }
    }

    public long DocCount(string field) => _docCount.GetValueOrDefault(field);

    public int DocFreq(string field, string term) =>
        _docFreq.TryGetValue(field, out var terms) ? terms.GetValueOrDefault(term) : 0;

    public TermContext Context(Term term) =>
        _contexts.GetOrAdd(term, t => TermContext.Build(_reader.Context, t));
}
