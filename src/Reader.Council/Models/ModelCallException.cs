namespace Reader.Council.Models;

/// <summary>A model call that failed for good (after retries), with a one-line reason.</summary>
/// <param name="Reason">What went wrong, e.g. <c>connection refused</c> or <c>key rejected (HTTP 401)</c>.</param>
public sealed class ModelCallException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
