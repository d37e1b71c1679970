using Reader.Core.Alignment;
using Reader.Core.Ingestion;
using Reader.Council;
using Reader.Council.Configuration;
using Reader.Search;
using Reader.Search.Grouping;
using Reader.Server.Backend;

namespace Reader.Server.Engines;

/// <summary>Where <see cref="ContentBackend"/> loads from: the article set, the index folder and the council's models.</summary>
/// <param name="ContentDirectory">The article set (sources, manifest, outline).</param>
/// <param name="IndexDirectory">Folder of the on-disk search index (reused when the corpus is unchanged); null keeps it in memory.</param>
/// <param name="Council">Which models answer questions not marked offline; none means offline only.</param>
public sealed record ContentBackendOptions(string ContentDirectory, string? IndexDirectory, CouncilSettings Council);

/// <summary>Loads everything <c>reader serve</c> answers from, once: ingest → align → open (or build) the index → councils.</summary>
public static class ContentBackend
{
    public static Task<ReaderBackend> LoadAsync(ContentBackendOptions options, CancellationToken cancellationToken) =>
        Task.Run(() => Load(options, cancellationToken), cancellationToken);

    public static ReaderBackend Load(ContentBackendOptions options, CancellationToken cancellationToken = default)
    {
        var corpus = Ingestor.Ingest(options.ContentDirectory).Corpus;
        cancellationToken.ThrowIfCancellationRequested();
        var alignment = new Aligner().Align(corpus);
        cancellationToken.ThrowIfCancellationRequested();
        var groups = UnitGroups.FromPartition(corpus, alignment.Groups.Select(g => (g.Id, (IEnumerable<string>)g.UnitIds)));
        var index = SearchIndex.Open(corpus, groups, new SearchIndexOptions { Folder = options.IndexDirectory });
        try
        {
            var ask = new CouncilAskService(CouncilFactory.ForIndex(index), options.Council);
            return new ReaderBackend(corpus, alignment, new IndexSearchService(index), ask);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }
}
