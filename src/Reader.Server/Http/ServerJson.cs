using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Reader.Server.Http;

/// <summary>The JSON style of every API response: the CLI's camelCase, compact, with non-ASCII text readable but HTML-significant characters escaped.</summary>
public static class ServerJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.WriteIndented = false;
    }

    /// <summary>A standalone copy, for bodies the server reads or streams itself.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
