namespace Reader.Server.Asking;

/// <summary>The council behind <c>/api/ask</c>: answers one question with citations.</summary>
public interface IAskService
{
    /// <summary>
    /// Answers <paramref name="question"/>, reporting stages to <paramref name="progress"/> as they finish.
    /// Throws <see cref="Reader.Core.ReaderInputException"/> for an unusable question and
    /// <see cref="ModelUnavailableException"/> when the configured model endpoint fails.
    /// </summary>
    Task<AskAnswer> AskAsync(AskQuestion question, IProgress<AskProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>One validated question.</summary>
/// <param name="Text">The question, non-empty.</param>
/// <param name="Offline">True to answer with the offline council even when models are configured.</param>
public sealed record AskQuestion(string Text, bool Offline);

/// <summary>The JSON of <c>reader ask --json</c>.</summary>
/// <param name="Stages">Each member's answer and the rankings, serialised as the council reports them.</param>
public sealed record AskAnswer(
    string Question,
    string Lang,
    bool Answerable,
    string Answer,
    IReadOnlyList<AskCitation> Citations,
    object Stages);

/// <summary>A cited unit and the text quoted from it.</summary>
public sealed record AskCitation(string Unit, string Lang, string Section, string Quote);

/// <summary>A finished step of a council run, streamed to clients that asked for server-sent events.</summary>
/// <param name="Stage"><c>context</c>, <c>answers</c>, <c>review</c> or <c>chair</c>.</param>
/// <param name="Message">What just happened, one line.</param>
public sealed record AskProgress(string Stage, string Message);

/// <summary>The model endpoint could not be used (down, unreachable, key rejected): the request gets 502.</summary>
public sealed class ModelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
