using System.Text.Json;

namespace Reader.Server.Tests.Support;

/// <summary>Reads and checks problem JSON error responses.</summary>
internal static class Problem
{
    /// <summary>Asserts <paramref name="response"/> is problem JSON with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        AssertNoTrace(text);
        return body;
    }

    /// <summary>Asserts the text shows nothing of the server's insides: no stack frames, exception type names or source paths.</summary>
    public static void AssertNoTrace(string text)
    {
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(".cs:line", text);
        Assert.DoesNotContain("/work/", text);
    }

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;
}
