using Reader.Core.Documents;
using Reader.Core.Ingestion;

namespace Reader.Search.Tests.Evaluation;

/// <summary>The repository's real article set, ingested once per test run.</summary>
internal static class RepoContent
{
    private static readonly Lazy<Corpus> s_corpus = new(() => Ingestor.Ingest(Path.Combine(FindRoot(), "content")).Corpus);

    public static Corpus Corpus => s_corpus.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Reader.sln not found above the test folder.");
    }
}
