using System.Text.Json;
using System.Text.Json.Serialization;
using Reader.Core;

namespace Reader.Council.Configuration;

/// <summary>
/// Which models sit on the council and where they are: from a JSON file (its <c>council</c> object)
/// overridden by <c>READER_LLM_ENDPOINT</c>, <c>READER_LLM_KEY</c>, <c>READER_COUNCIL_MODELS</c>
/// (comma-separated) and <c>READER_CHAIR_MODEL</c>. With no endpoint and no models the council runs offline.
/// </summary>
public sealed record CouncilSettings
{
    public const string DefaultFile = "reader.json";
    public const string OpenAiEndpoint = "https://api.openai.com/v1";
    public const string OllamaEndpoint = "http://localhost:11434";

    /// <summary>OpenAI-compatible base URL, or an Ollama server.</summary>
    public string? Endpoint { get; init; }

    public string? Key { get; init; }

    /// <summary><c>openai</c> (any OpenAI-compatible server) or <c>ollama</c>; inferred when absent.</summary>
    public string? Provider { get; init; }

    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>The chair's model; the first member's when absent.</summary>
    public string? Chair { get; init; }

    public int TimeoutSeconds { get; init; } = 90;

    public int Retries { get; init; } = 2;

    /// <summary>Evidence budget in o200k tokens.</summary>
    public int TokenBudget { get; init; } = 6000;

    /// <summary>True when models are configured; otherwise the council runs offline.</summary>
    [JsonIgnore]
    public bool UsesModels => Models.Count > 0 || Endpoint is not null;

    /// <summary>The endpoint actually used: as configured, else OpenAI's when a key is set, else a local Ollama.</summary>
    [JsonIgnore]
    public string ResolvedEndpoint => Endpoint ?? (Key is not null ? OpenAiEndpoint : OllamaEndpoint);

    /// <summary><c>ollama</c> when configured so or when the endpoint is Ollama's default port; otherwise <c>openai</c>.</summary>
    [JsonIgnore]
    public string ResolvedProvider => Provider?.ToLowerInvariant()
        ?? (Uri.TryCreate(ResolvedEndpoint, UriKind.Absolute, out var uri) && uri.Port == 11434 ? "ollama" : "openai");

    [JsonIgnore]
    public string ResolvedChair => Chair ?? Models[0];

    /// <summary>Reads <paramref name="file"/> when it exists, then applies the environment.</summary>
    /// <exception cref="ReaderInputException">The file is not valid JSON, or models are half configured.</exception>
    public static CouncilSettings Load(string? file, Func<string, string?> environment)
    {
        var settings = new CouncilSettings();
        if (file is not null && File.Exists(file))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                if (document.RootElement.TryGetProperty("council", out var council))
                {
                    settings = council.Deserialize<CouncilSettings>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? settings;
                }
            }
            catch (JsonException e)
            {
                throw new ReaderInputException($"{file}: not valid JSON ({e.Message})", e);
            }
        }
        string? Env(string name) => environment(name) is { Length: > 0 } value ? value.Trim() : null;
        settings = settings with
        {
            Endpoint = Env("READER_LLM_ENDPOINT") ?? settings.Endpoint,
            Key = Env("READER_LLM_KEY") ?? settings.Key,
            Models = Env("READER_COUNCIL_MODELS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? settings.Models,
            Chair = Env("READER_CHAIR_MODEL") ?? settings.Chair,
        };
        if (settings.UsesModels && settings.Models.Count == 0)
        {
            throw new ReaderInputException("a model endpoint is configured but no models: set READER_COUNCIL_MODELS (comma-separated) or use --offline");
        }
        if (settings.UsesModels && !Uri.TryCreate(settings.ResolvedEndpoint, UriKind.Absolute, out _))
        {
            throw new ReaderInputException($"the model endpoint '{settings.ResolvedEndpoint}' is not an absolute URL");
        }
        return settings;
    }
}
