using Microsoft.AspNetCore.Http;
using Reader.Core;
using Reader.Server.Asking;
using Reader.Server.Backend;

namespace Reader.Server.Http;

/// <summary>The status and one safe line for an exception: known failures keep their message, anything else says only that it failed.</summary>
internal static class ErrorMapping
{
    public const string InternalError = "The server failed to answer this request.";

    public static (int Status, string Detail) Describe(Exception exception)
    {
        var (status, detail) = exception switch
        {
            ReaderInputException e => (StatusCodes.Status400BadRequest, e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, RequestLimits.BodyTooLarge),
            BadHttpRequestException e => (e.StatusCode, "The request is malformed."),
            BackendUnavailableException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
            ModelUnavailableException e => (StatusCodes.Status502BadGateway, e.Message),
            _ => (StatusCodes.Status500InternalServerError, InternalError),
        };
        return (status, detail.ReplaceLineEndings(" "));
    }
}
