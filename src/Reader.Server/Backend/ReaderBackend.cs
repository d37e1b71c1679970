using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Server.Asking;
using Reader.Server.Searching;

namespace Reader.Server.Backend;

/// <summary>What the server answers from: the corpus, its alignment and the engines over them, loaded once and shared by every request.</summary>
public sealed class ReaderBackend(Corpus corpus, AlignmentResult alignment, ISearchService search, IAskService ask) : IDisposable
{
    public Corpus Corpus { get; } = corpus;

    public AlignmentResult Alignment { get; } = alignment;

    public ISearchService Search { get; } = search;

    public IAskService Ask { get; } = ask;

    /// <summary>Releases the engines that hold resources (the search index's readers).</summary>
    public void Dispose()
    {
        (Search as IDisposable)?.Dispose();
        if (!ReferenceEquals(Ask, Search))
        {
            (Ask as IDisposable)?.Dispose();
        }
    }
}
