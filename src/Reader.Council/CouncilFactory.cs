using Reader.Council.Configuration;
using Reader.Council.Evidence;
using Reader.Council.Models;
using Reader.Council.Offline;
using Reader.Council.Text;
using Reader.Core.Documents;
using Reader.Search;
using Reader.Search.Grouping;

namespace Reader.Council;

/// <summary>
/// Builds a council over a corpus: the evidence pipeline (retriever + alignment groups + token budget),
/// then the model council when models are configured, the offline council otherwise.
/// The corpus statistics are computed once here, so build one council and ask it many questions.
/// </summary>
public sealed class CouncilFactory
{
    private readonly Corpus _corpus;
    private readonly CorpusTerms _terms;
    private readonly UnitGroups _groups;
    private readonly IEvidenceRetriever _retriever;

    /// <param name="corpus">The article in all its versions.</param>
    /// <param name="groups">Alignment groups; every unit alone when null.</param>
    /// <param name="retriever">Search over the corpus; BM25 over the units when null.</param>
    public CouncilFactory(Corpus corpus, UnitGroups? groups = null, IEvidenceRetriever? retriever = null)
        : this(corpus, new CorpusTerms(corpus), groups, retriever)
    {
    }

    private CouncilFactory(Corpus corpus, CorpusTerms terms, UnitGroups? groups, IEvidenceRetriever? retriever)
    {
        _corpus = corpus;
        _terms = terms;
        _groups = groups ?? UnitGroups.Singletons(corpus);
        _retriever = retriever ?? new LexicalRetriever(_terms);
    }

    /// <summary>
    /// A factory whose evidence comes from the search index, through the index's alignment groups,
    /// merged with the council's own BM25 (the statistics its coverage test uses), so that a passage
    /// either ranks well is considered.
    /// </summary>
    public static CouncilFactory ForIndex(SearchIndex index)
    {
        var terms = new CorpusTerms(index.Corpus);
        return new(index.Corpus, terms, index.Groups, new CombinedRetriever(new SearchEvidenceRetriever(index), new LexicalRetriever(terms)));
    }

    public OfflineCouncil CreateOffline(OfflineCouncilOptions? options = null) =>
        new(new EvidenceBuilder(_retriever, _corpus, _groups), _terms, options);

    /// <summary>The model council when <paramref name="settings"/> name models and <paramref name="offline"/> is false; the offline one otherwise.</summary>
    public ICouncil Create(CouncilSettings settings, bool offline = false)
    {
        if (offline || !settings.UsesModels)
        {
            return CreateOffline();
        }
        var (members, chair, caller) = ChatClientFactory.CreateCouncil(settings);
        var evidence = new EvidenceBuilder(_retriever, _corpus, _groups, EvidenceOptions.Default with { TokenBudget = settings.TokenBudget });
        return new ModelCouncil(evidence, members, chair, caller);
    }
}
