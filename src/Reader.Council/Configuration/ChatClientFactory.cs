using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using Reader.Council.Models;

namespace Reader.Council.Configuration;

/// <summary>Creates the chat clients for the configured provider: an OpenAI-compatible endpoint or Ollama.</summary>
public static class ChatClientFactory
{
    public static IChatClient Create(CouncilSettings settings, string model)
    {
        var endpoint = new Uri(settings.ResolvedEndpoint);
        if (settings.ResolvedProvider == "ollama")
        {
            return new OllamaApiClient(endpoint, model);
        }
        // Retries and timeouts are ModelCaller's job, so that both providers behave the same.
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        };
        // Local OpenAI-compatible servers often need no key, but the client insists on one.
        var key = new ApiKeyCredential(settings.Key ?? "none");
        return new OpenAIClient(key, options).GetChatClient(model).AsIChatClient();
    }

    /// <summary>A member per configured model, the chair, and a caller with the configured timeout and retries.</summary>
    public static (IReadOnlyList<ChatMember> Members, ChatMember Chair, ModelCaller Caller) CreateCouncil(CouncilSettings settings)
    {
        var members = settings.Models.Select(m => new ChatMember(m, Create(settings, m))).ToList();
        var chair = new ChatMember(settings.ResolvedChair, Create(settings, settings.ResolvedChair));
        var caller = new ModelCaller(new ModelCallOptions(settings.ResolvedEndpoint, TimeSpan.FromSeconds(settings.TimeoutSeconds), settings.Retries, TimeSpan.FromSeconds(1)));
        return (members, chair, caller);
    }
}
