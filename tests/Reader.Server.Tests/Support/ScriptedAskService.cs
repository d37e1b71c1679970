using System.Collections.Concurrent;
using Reader.Server.Asking;

namespace Reader.Server.Tests.Support;

/// <summary>A council test double: reports scripted progress, then answers, fails, or hangs as told.</summary>
internal sealed class ScriptedAskService : IAskService
{
    public ConcurrentQueue<AskQuestion> Questions { get; } = new();

    /// <summary>How long to take before answering; cancellation is ignored when <see cref="IgnoreCancellation"/> is set.</summary>
    public TimeSpan Delay { get; set; }

    public bool IgnoreCancellation { get; set; }

    /// <summary>When set, thrown after the progress steps.</summary>
    public Exception? Failure { get; set; }

    public static readonly AskProgress[] Steps =
    [
        new("context", "12 passages from 3 versions"),
        new("answers", "3 of 3 members answered"),
        new("review", "rankings aggregated"),
        new("chair", "answer written"),
    ];

    public async Task<AskAnswer> AskAsync(AskQuestion question, IProgress<AskProgress>? progress, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        foreach (var step in Steps)
        {
            progress?.Report(step);
        }
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, IgnoreCancellation ? CancellationToken.None : cancellationToken);
        }
        if (Failure is not null)
        {
            throw Failure;
        }
        return Answer(question);
    }

    public static AskAnswer Answer(AskQuestion question) => new(
        question.Text,
        "en",
        true,
        "RLVR emerged in 2025 [en-0002].",
        [new AskCitation("en-0002", "en", "shift-1", "Reinforcement Learning from Verifiable Rewards emerged.")],
        new
        {
            mode = question.Offline ? "offline" : "models",
            members = new[] { new { member = "en", answer = "RLVR emerged.", citations = new[] { "en-0002" } } },
            rankings = new[] { new { reviewer = "es", ranking = new[] { "en" } } },
        });
}
