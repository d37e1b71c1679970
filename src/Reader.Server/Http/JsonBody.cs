using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Reader.Server.Http;

/// <summary>Reads a JSON request body of bounded size, turning every way it can be wrong into a problem response.</summary>
internal static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the error to answer with: 415 not JSON, 413 too large, 400 malformed.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, long limit, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblem.Result(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json."));
        }
        if (request.ContentLength > limit)
        {
            return (null, ApiProblem.Result(StatusCodes.Status413PayloadTooLarge, RequestLimits.BodyTooLarge));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(limit + 1, request.ContentLength ?? 4096) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                break;
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return (null, ApiProblem.Result(StatusCodes.Status413PayloadTooLarge, RequestLimits.BodyTooLarge));
            }
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.WrittenSpan, ServerJson.Options);
            return value is null
                ? (null, ApiProblem.Result(StatusCodes.Status400BadRequest, "The body must be a JSON object."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            return (null, ApiProblem.Result(StatusCodes.Status400BadRequest, $"The body is not valid JSON for this request{where}."));
        }
    }
}
