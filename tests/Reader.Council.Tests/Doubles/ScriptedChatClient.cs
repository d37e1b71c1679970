using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Reader.Council.Tests.Doubles;

/// <summary>A chat model whose replies are scripted per call: a function of the messages it is sent; it records every call.</summary>
internal sealed class ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<string>> reply) : IChatClient
{
    public ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, string> reply)
        : this((messages, _) => Task.FromResult(reply(messages)))
    {
    }

    public ConcurrentQueue<IReadOnlyList<ChatMessage>> Calls { get; } = new();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Calls.Enqueue(list);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await reply(list, cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the council does not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>Which stage a call belongs to, read from its system message.</summary>
    public static string StageOf(IReadOnlyList<ChatMessage> messages)
    {
        var system = messages[0].Text;
        return system.Contains("reviewing", StringComparison.Ordinal) ? "review"
            : system.Contains("chair", StringComparison.Ordinal) ? "chair"
            : "answer";
    }
}
