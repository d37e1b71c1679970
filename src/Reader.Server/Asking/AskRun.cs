using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Reader.Server.Http;

namespace Reader.Server.Asking;

/// <summary>One council run for one request, bounded by the ask timeout whether the service honours cancellation or not.</summary>
internal sealed class AskRun(IAskService service, AskQuestion question, TimeSpan timeout, ILogger logger)
{
    /// <summary>Event type of a progress step.</summary>
    public const string ProgressEvent = "progress";

    /// <summary>Event type of the final answer (the JSON of <c>reader ask --json</c>).</summary>
    public const string ResultEvent = "result";

    /// <summary>Event type of a failure (problem JSON); it ends the stream.</summary>
    public const string ErrorEvent = "error";

    public string TimeoutMessage => $"The council did not answer within {timeout.TotalSeconds:0.#} s.";

    /// <summary>The answer, or null when the timeout ran out first; other failures throw.</summary>
    public async Task<AskAnswer?> AnswerAsync(IProgress<AskProgress>? progress, CancellationToken requestAborted)
    {
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, requestAborted);
        try
        {
            return await service.AskAsync(question, progress, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Progress events as the council reports them, then one result or error event.</summary>
    public async IAsyncEnumerable<SseItem<string>> StreamAsync([EnumeratorCancellation] CancellationToken requestAborted)
    {
        var channel = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        var progress = new ChannelProgress(channel.Writer);
        _ = Task.Run(
            async () =>
            {
                try
                {
                    var answer = await AnswerAsync(progress, requestAborted);
                    channel.Writer.TryWrite(answer is null
                        ? Problem(StatusCodes.Status504GatewayTimeout, TimeoutMessage)
                        : Event(ResultEvent, answer));
                }
                catch (Exception ex) when (!requestAborted.IsCancellationRequested)
                {
                    var (status, detail) = ErrorMapping.Describe(ex);
                    if (status == StatusCodes.Status500InternalServerError)
                    {
                        logger.LogError(ex, "Council run failed while streaming");
                    }
                    channel.Writer.TryWrite(Problem(status, detail));
                }
                finally
                {
                    channel.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        await foreach (var item in channel.Reader.ReadAllAsync(requestAborted))
        {
            yield return item;
        }
    }

    private static SseItem<string> Event<T>(string type, T data) =>
        new(JsonSerializer.Serialize(data, ServerJson.Options), type);

    private static SseItem<string> Problem(int status, string detail) =>
        Event(ErrorEvent, new ProblemDetails { Status = status, Title = ReasonPhrases(status), Detail = detail });

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    /// <summary>Reports progress straight into the event channel, on whatever thread the council reports from.</summary>
    private sealed class ChannelProgress(ChannelWriter<SseItem<string>> writer) : IProgress<AskProgress>
    {
        public void Report(AskProgress value) => writer.TryWrite(Event(ProgressEvent, value));
    }
}
