namespace Reader.Council;

/// <summary>The model endpoint could not be used (down, unreachable, key rejected): a runtime failure, exit 1.</summary>
public sealed class CouncilUnavailableException(string endpoint, string reason, Exception? inner = null)
    : Exception($"model endpoint {endpoint} failed: {reason}; run with --offline to answer without models", inner)
{
    public string Endpoint { get; } = endpoint;
}
