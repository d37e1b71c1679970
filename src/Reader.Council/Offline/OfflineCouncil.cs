using Reader.Council.Answers;
using Reader.Council.Evidence;
using Reader.Council.Review;
using Reader.Council.Text;

namespace Reader.Council.Offline;

/// <summary>
/// The council without models, deterministic: members are evidence strategies (one per language
/// version, one cross-language, one by section) that propose extractive answers; each ranks the
/// others by agreement through alignment groups and question coverage; the chair composes the
/// answer from the top-ranked passages in the question's language, or declines.
/// </summary>
public sealed class OfflineCouncil : ICouncil
{
    private readonly EvidenceBuilder _evidence;
    private readonly CorpusTerms _terms;
    private readonly OfflineCouncilOptions _options;
    private readonly IReadOnlyList<IEvidenceStrategy> _members;

    public OfflineCouncil(EvidenceBuilder evidence, CorpusTerms terms, OfflineCouncilOptions? options = null)
    {
        _evidence = evidence;
        _terms = terms;
        _options = options ?? OfflineCouncilOptions.Default;
        var langs = Reader.Core.Languages.Supported.Where(terms.Langs.Contains).Concat(terms.Langs.Where(l => !Reader.Core.Languages.Supported.Contains(l)).Order());
        _members = [.. langs.Select(l => new LanguageStrategy(l)), new CrossLanguageStrategy(), new SectionStrategy()];
    }

    public string Mode => "offline";

    /// <summary>The members' names, in the order they answer.</summary>
    public IReadOnlyList<string> Members => _members.Select(m => m.Name).ToList();

    public Task<CouncilAnswer> AskAsync(string question, IProgress<CouncilProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Ask(question));

    /// <summary>The synchronous form of <see cref="AskAsync"/>: nothing here waits on I/O.</summary>
    public CouncilAnswer Ask(string question)
    {
        question = QuestionValidator.Validate(question);
        var lang = LanguageDetector.Detect(question);
        var context = new QuestionContext(_evidence.Build(question, lang), _terms, _options.NameWeight);

        var proposals = new List<Proposal>();
        var answers = new List<MemberAnswer>();
        foreach (var member in _members)
        {
            var label = Labels.For(answers.Count);
            var chosen = member.Choose(context, _options.PassagesPerMember);
            if (chosen.Count == 0)
            {
                answers.Add(new MemberAnswer(member.Name, label, false, "", [], [], "no relevant passage in its evidence"));
                continue;
            }
            var sentences = chosen.Select(p => new ProposedSentence(p, context.BestSentence(p.Unit))).ToList();
            var proposal = new Proposal(member.Name, sentences, chosen.Max(p => context.Coverage(p.GroupId)));
            proposals.Add(proposal);
            answers.Add(new MemberAnswer(member.Name, label, true, proposal.Text, sentences.Select(s => s.Passage.Unit.Id).ToList(), []));
        }

        var rankings = proposals
            .Select(own => ProposalReviewer.Rank(own, proposals))
            .Where(r => r.Ranking.Count > 0)
            .ToList();
        var aggregate = RankingAggregator.Aggregate(rankings);
        var order = aggregate.Select(a => a.Member).Concat(proposals.Select(p => p.Member)).Distinct().ToList();
        var ranked = order.Select(name => proposals.First(p => p.Member == name)).ToList();

        var final = OfflineChair.Compose(context, ranked, _options.MinAnswerability);
        var stages = new CouncilStages(Mode, answers, rankings, aggregate, new ChairOutcome(OfflineChair.Name, true),
            context.Evidence.Passages.Select(p => p.Unit.Id).ToList());
        if (final.Count == 0)
        {
            return new CouncilAnswer(question, lang, false, Decline.Message(lang), [], stages);
        }
        var quotes = final.ToDictionary(s => s.Passage.Unit.Id, s => s.Sentence, StringComparer.Ordinal);
        var citations = CitationFactory.Create(context.Evidence, quotes.Keys, unit => quotes[unit.Id]);
        return new CouncilAnswer(question, lang, true, AnswerText.Compose(final), citations, stages);
    }
}
