using Reader.Council.Answers;
using Reader.Council.Evidence;
using Reader.Council.Review;
using Reader.Council.Text;

namespace Reader.Council.Models;

/// <summary>
/// llm-council over chat models: members answer concurrently from the evidence, review each other's
/// anonymised answers (never their own), the rankings are aggregated, and the chair writes the answer.
/// A failed member is dropped; a failed chair leaves the best-ranked member's answer standing.
/// </summary>
public sealed class ModelCouncil(EvidenceBuilder evidence, IReadOnlyList<ChatMember> members, ChatMember chair, ModelCaller caller) : ICouncil
{
    public string Mode => "models";

    public async Task<CouncilAnswer> AskAsync(string question, IProgress<CouncilProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        question = QuestionValidator.Validate(question);
        var lang = LanguageDetector.Detect(question);
        var context = evidence.Build(question, lang);
        progress?.Report(new CouncilProgress("context", $"{context.Passages.Count} passages, {context.Tokens} tokens"));

        var answers = await AnswerAsync(context, progress, cancellationToken).ConfigureAwait(false);
        var answered = answers.Where(a => a.Ok).ToList();
        if (answered.Count == 0)
        {
            var reasons = answers.Select(a => a.Error).Distinct().ToList();
            throw new CouncilUnavailableException(caller.Options.Endpoint, string.Join("; ", reasons));
        }

        var rankings = await ReviewAsync(context, answered, progress, cancellationToken).ConfigureAwait(false);
        var aggregate = RankingAggregator.Aggregate(rankings);
        var ranked = aggregate.Select(r => answered.First(a => a.Member == r.Member))
            .Concat(answered)
            .Distinct()
            .ToList();

        var (final, outcome) = await SynthesiseAsync(context, ranked, progress, cancellationToken).ConfigureAwait(false);
        var stages = new CouncilStages(Mode, answers, rankings, aggregate, outcome, context.Passages.Select(p => p.Unit.Id).ToList());
        var (text, valid, _) = ResponseParser.Citations(final, context);
        if (ResponseParser.IsNotAnswerable(final) || valid.Count == 0)
        {
            return new CouncilAnswer(question, lang, false, Decline.Message(lang), [], stages);
        }
        var citations = CitationFactory.Create(context, valid, unit => QuoteFinder.Best(unit, text));
        return new CouncilAnswer(question, lang, true, text, citations, stages);
    }

    private async Task<IReadOnlyList<MemberAnswer>> AnswerAsync(EvidenceSet context, IProgress<CouncilProgress>? progress, CancellationToken cancellationToken)
    {
        var messages = CouncilPrompts.Answer(context);
        var done = 0;
        var tasks = members.Select(async member =>
        {
            MemberAnswer answer;
            try
            {
                var reply = await caller.CallAsync(member, messages, cancellationToken).ConfigureAwait(false);
                var (text, valid, dropped) = ResponseParser.Citations(reply, context);
                answer = new MemberAnswer(member.Name, "", true, text, valid, dropped);
            }
            catch (ModelCallException e)
            {
                answer = new MemberAnswer(member.Name, "", false, "", [], [], e.Reason);
            }
            var count = Interlocked.Increment(ref done);
            progress?.Report(new CouncilProgress("answers", $"{member.Name} {(answer.Ok ? "answered" : "failed: " + answer.Error)} ({count}/{members.Count})"));
            return answer;
        });
        var answers = await Task.WhenAll(tasks).ConfigureAwait(false);

        // Labels are handed out only to answers that go to review, in seat order.
        var next = 0;
        return answers.Select(a => a.Ok ? a with { Label = Labels.For(next++) } : a).ToList();
    }

    private async Task<IReadOnlyList<MemberRanking>> ReviewAsync(EvidenceSet context, IReadOnlyList<MemberAnswer> answered, IProgress<CouncilProgress>? progress, CancellationToken cancellationToken)
    {
        if (answered.Count < 2)
        {
            return [];
        }
        var memberByName = members.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var tasks = answered.Select(async reviewer =>
        {
            // The reviewer is shown every answer but its own, under the labels; names stay hidden.
            var others = answered.Where(a => a.Member != reviewer.Member).Select(a => (a.Label, a.Answer)).ToList();
            try
            {
                var reply = await caller.CallAsync(memberByName[reviewer.Member], CouncilPrompts.Review(context, others), cancellationToken).ConfigureAwait(false);
                var labels = ResponseParser.Ranking(reply, others.Select(o => o.Label).ToList());
                var ranking = labels.Select(label => answered.First(a => a.Label == label).Member).ToList();
                progress?.Report(new CouncilProgress("review", $"{reviewer.Member} ranked {ranking.Count} answers"));
                return new MemberRanking(reviewer.Member, ranking);
            }
            catch (ModelCallException e)
            {
                progress?.Report(new CouncilProgress("review", $"{reviewer.Member} failed to review: {e.Reason}"));
                return null;
            }
        });
        var rankings = await Task.WhenAll(tasks).ConfigureAwait(false);
        return rankings.OfType<MemberRanking>().Where(r => r.Ranking.Count > 0).ToList();
    }

    private async Task<(string Final, ChairOutcome Outcome)> SynthesiseAsync(EvidenceSet context, IReadOnlyList<MemberAnswer> ranked, IProgress<CouncilProgress>? progress, CancellationToken cancellationToken)
    {
        var best = ranked[0];
        try
        {
            var reply = await caller.CallAsync(chair, CouncilPrompts.Synthesise(context, ranked.Select(a => (a.Label, a.Answer)).ToList()), cancellationToken).ConfigureAwait(false);
            progress?.Report(new CouncilProgress("chair", $"{chair.Name} wrote the answer"));
            return (reply, new ChairOutcome(chair.Name, true));
        }
        catch (ModelCallException e)
        {
            progress?.Report(new CouncilProgress("chair", $"{chair.Name} failed ({e.Reason}); {best.Member}'s answer stands"));
            return (best.Answer, new ChairOutcome(chair.Name, false, best.Member, e.Reason));
        }
    }
}
