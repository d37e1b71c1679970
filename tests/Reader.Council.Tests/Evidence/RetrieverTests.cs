using Reader.Council.Evidence;
using Reader.Council.Tests.Doubles;
using Reader.Council.Text;
using Reader.Core.Documents;
using Reader.Search;

namespace Reader.Council.Tests.Evidence;

public sealed class RetrieverTests
{
    private static readonly Corpus s_corpus = TestCorpus.Create();

    [Fact]
    public void SearchEvidenceIsTheUnitsThatMatchedNotTheirCounterparts()
    {
        using var index = SearchIndex.Open(s_corpus, TestCorpus.Groups(s_corpus), SearchIndexOptions.InMemory);

        var hits = new SearchEvidenceRetriever(index).Retrieve("vibe coding", "en", 10);

        Assert.Contains(hits, h => h.Unit.Id == "en-shift-5-03");
        Assert.DoesNotContain(hits, h => h.Unit.Id == "zh-shift-5-02");
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void CombinedRetrievalKeepsWhatEitherFindsAndRanksAgreementFirst()
    {
        var a = new FixedRetriever(Hit("en-shift-1-01", 10), Hit("en-shift-2-02", 5));
        var b = new FixedRetriever(Hit("en-shift-2-02", 2), Hit("es-shift-5-03", 1));

        var hits = new CombinedRetriever(a, b).Retrieve("q", "en", 10);

        Assert.Equal(["en-shift-2-02", "en-shift-1-01", "es-shift-5-03"], hits.Select(h => h.Unit.Id));
        Assert.Equal(1.5, hits[0].Score);
    }

    [Fact]
    public void LexicalRetrievalReachesOtherLanguagesThroughSharedNames()
    {
        var hits = new LexicalRetriever(new CorpusTerms(s_corpus)).Retrieve("RLVR", "en", 10);

        Assert.Equal(["en", "es", "zh"], hits.Select(h => h.Unit.Lang).Order());
    }

    private static EvidenceHit Hit(string unit, double score) => new(s_corpus.GetUnit(unit), score);

    private sealed class FixedRetriever(params EvidenceHit[] hits) : IEvidenceRetriever
    {
        public IReadOnlyList<EvidenceHit> Retrieve(string question, string lang, int limit) => hits;
    }
}
