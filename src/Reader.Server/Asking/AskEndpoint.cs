using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Reader.Server.Backend;
using Reader.Server.Http;

namespace Reader.Server.Asking;

/// <summary>
/// <c>POST /api/ask</c> with <c>{"question": "…", "offline": true|false}</c>: the JSON of
/// <c>reader ask --json</c>, or with <c>Accept: text/event-stream</c> the council's progress as
/// server-sent events ending in the same JSON. Rate-limited per client; bounded in time.
/// </summary>
internal static class AskEndpoint
{
    /// <summary>The rate-limiter policy of this endpoint.</summary>
    public const string RatePolicy = "ask";

    public static void Map(IEndpointRouteBuilder api, ReaderServerOptions options)
    {
        api.MapPost("/ask", async (HttpContext context, BackendHost host, ILogger<AskRun> logger) =>
        {
            var (body, error) = await JsonBody.ReadAsync<AskRequestBody>(context.Request, options.MaxRequestBodyBytes, context.RequestAborted);
            if (error is not null)
            {
                return error;
            }
            if (string.IsNullOrWhiteSpace(body!.Question))
            {
                return ApiProblem.Result(StatusCodes.Status400BadRequest, "Give the question as {\"question\": \"…\"}.");
            }
            var question = new AskQuestion(body.Question, body.Offline ?? false);
            var backend = await host.GetAsync(context.RequestAborted);
            var run = new AskRun(backend.Ask, question, options.AskTimeout, logger);
            if (WantsEventStream(context.Request))
            {
                return TypedResults.ServerSentEvents(run.StreamAsync(context.RequestAborted));
            }
            var answer = await run.AnswerAsync(null, context.RequestAborted);
            return answer is null
                ? ApiProblem.Result(StatusCodes.Status504GatewayTimeout, run.TimeoutMessage)
                : TypedResults.Ok(answer);
        }).RequireRateLimiting(RatePolicy);
    }

    private static bool WantsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The body of <c>POST /api/ask</c>.</summary>
internal sealed record AskRequestBody(string? Question, bool? Offline);
