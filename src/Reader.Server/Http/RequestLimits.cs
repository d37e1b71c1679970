namespace Reader.Server.Http;

/// <summary>The messages of the limits the server enforces, shared by every place that enforces them.</summary>
internal static class RequestLimits
{
    public const string BodyTooLarge = "The request body is larger than the server accepts.";
}
