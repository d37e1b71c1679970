using Reader.Council;
using Reader.Council.Answers;
using Reader.Council.Configuration;
using Reader.Server.Asking;

namespace Reader.Server.Engines;

/// <summary>
/// <see cref="IAskService"/> over the council: one offline council and, when models are configured,
/// one model council, both built once over the shared evidence pipeline. Answers are the
/// <see cref="CouncilAnswer"/> of <c>reader ask --json</c>, stages included as the council reports them.
/// </summary>
public sealed class CouncilAskService : IAskService
{
    private readonly ICouncil _offline;
    private readonly ICouncil? _models;

    public CouncilAskService(CouncilFactory councils, CouncilSettings settings)
    {
        _offline = councils.CreateOffline();
        _models = settings.UsesModels ? councils.Create(settings) : null;
    }

    /// <summary><c>offline</c>, or <c>models</c> when questions not marked offline go to models.</summary>
    public string Mode => _models?.Mode ?? _offline.Mode;

    public async Task<AskAnswer> AskAsync(AskQuestion question, IProgress<AskProgress>? progress, CancellationToken cancellationToken)
    {
        var text = QuestionValidator.Validate(question.Text);
        var council = question.Offline || _models is null ? _offline : _models;
        var relay = progress is null ? null : new ProgressRelay(progress);
        CouncilAnswer answer;
        try
        {
            answer = await council.AskAsync(text, relay, cancellationToken);
        }
        catch (CouncilUnavailableException e)
        {
            throw new ModelUnavailableException($"{WithoutCliAdvice(e.Message)}; ask with \"offline\": true to answer without models", e);
        }
        return new AskAnswer(
            answer.Question,
            answer.Lang,
            answer.Answerable,
            answer.Answer,
            answer.Citations.Select(c => new AskCitation(c.Unit, c.Lang, c.Section, c.Quote)).ToList(),
            answer.Stages);
    }

    /// <summary>The council's message up to its advice for the command line, which an HTTP client cannot follow.</summary>
    private static string WithoutCliAdvice(string message)
    {
        var advice = message.IndexOf("; run with --offline", StringComparison.Ordinal);
        return advice < 0 ? message : message[..advice];
    }

    /// <summary>Passes the council's progress on as it happens (not posted later, as <see cref="Progress{T}"/> would).</summary>
    private sealed class ProgressRelay(IProgress<AskProgress> target) : IProgress<CouncilProgress>
    {
        public void Report(CouncilProgress value) => target.Report(new AskProgress(value.Stage, value.Message));
    }
}
