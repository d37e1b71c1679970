using Reader.Council.Answers;

namespace Reader.Council;

/// <summary>Answers a question about the article with citations, offline or with models: same contract either way.</summary>
public interface ICouncil
{
    /// <summary><c>offline</c> or <c>models</c>.</summary>
    string Mode { get; }

    /// <summary>
    /// Runs context, member answers, peer review and chair for <paramref name="question"/>.
    /// Throws <see cref="Reader.Core.ReaderInputException"/> for an unusable question and
    /// <see cref="CouncilUnavailableException"/> when no model could be reached.
    /// </summary>
    Task<CouncilAnswer> AskAsync(string question, IProgress<CouncilProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>A step of a council run, for progress display while models work.</summary>
/// <param name="Stage"><c>context</c>, <c>answers</c>, <c>review</c> or <c>chair</c>.</param>
/// <param name="Message">What just happened, one line.</param>
public sealed record CouncilProgress(string Stage, string Message);
