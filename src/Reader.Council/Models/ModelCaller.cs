using System.ClientModel;
using System.Net;
using Microsoft.Extensions.AI;

namespace Reader.Council.Models;

/// <summary>Calls a chat model with a timeout per attempt and retries on transient failures.</summary>
public sealed class ModelCaller(ModelCallOptions options)
{
    public ModelCallOptions Options => options;

    /// <summary>The model's reply text; throws <see cref="ModelCallException"/> when every attempt failed.</summary>
    public async Task<string> CallAsync(ChatMember member, IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions { Temperature = 0.2f };
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            (string Reason, bool Transient, Exception Error) failure;
            try
            {
                var response = await member.Client.GetResponseAsync(messages, chatOptions, timeout.Token).ConfigureAwait(false);
                return response.Text;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ($"no reply within {options.Timeout.TotalSeconds:0} s", true, e);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = Classify(e);
            }
            if (!failure.Transient || attempt >= options.Retries)
            {
                var tries = attempt + 1;
                throw new ModelCallException(tries > 1 ? $"{failure.Reason} (after {tries} attempts)" : failure.Reason, failure.Error);
            }
            await Task.Delay(options.RetryDelay * Math.Pow(2, attempt), cancellationToken).ConfigureAwait(false);
        }
    }

    private static (string Reason, bool Transient, Exception Error) Classify(Exception e)
    {
        var status = e switch
        {
            ClientResultException c when c.Status > 0 => (HttpStatusCode?)c.Status,
            HttpRequestException h => h.StatusCode,
            _ => null,
        };
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ($"key rejected (HTTP {(int)status})", false, e),
            HttpStatusCode.NotFound => ("model or path not found (HTTP 404)", false, e),
            HttpStatusCode.TooManyRequests => ("rate limited (HTTP 429)", true, e),
            { } s when (int)s >= 500 => ($"server error (HTTP {(int)s})", true, e),
            { } s => ($"HTTP {(int)s}", false, e),
            null when IsNetworkFailure(e) => ($"unreachable ({Innermost(e).Message.TrimEnd('.')})", true, e),
            _ => (Innermost(e).Message.TrimEnd('.'), false, e),
        };
    }

    // Clients wrap connection failures differently (OpenAI in a status-0 ClientResultException).
    private static bool IsNetworkFailure(Exception? e) =>
        e is not null && (e is HttpRequestException or System.Net.Sockets.SocketException or IOException || IsNetworkFailure(e.InnerException));

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
