namespace Reader.Council.Models;

/// <summary>How model calls are made: where (for error messages), how long to wait, how often to retry.</summary>
/// <param name="Endpoint">The endpoint the clients talk to, named in every failure message.</param>
/// <param name="Timeout">Per attempt.</param>
/// <param name="Retries">Extra attempts after a transient failure (timeout, connection error, 429, 5xx).</param>
/// <param name="RetryDelay">Wait before the first retry; doubles each time.</param>
public sealed record ModelCallOptions(string Endpoint, TimeSpan Timeout, int Retries, TimeSpan RetryDelay);
