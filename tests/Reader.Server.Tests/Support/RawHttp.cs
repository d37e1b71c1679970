using System.Net.Sockets;
using System.Text;

namespace Reader.Server.Tests.Support;

/// <summary>Sends a request exactly as written over a socket, so no client library normalises the path first.</summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string requestTarget, string method = "GET", string? body = null, IEnumerable<string>? headers = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var request = new StringBuilder()
            .Append($"{method} {requestTarget} HTTP/1.1\r\n")
            .Append($"Host: {server.Authority}\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers ?? [])
        {
            request.Append(header).Append("\r\n");
        }
        if (body is not null)
        {
            request.Append($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n");
        }
        request.Append("\r\n").Append(body);
        var bytes = Encoding.UTF8.GetBytes(request.ToString());
        try
        {
            await stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read a large body; its answer is still readable.
        }
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var statusLine = text.Split("\r\n", 2)[0];
        return new RawResponse(int.Parse(statusLine.Split(' ')[1]), text);
    }
}

/// <summary>The status and the whole response text (headers and body).</summary>
internal sealed record RawResponse(int Status, string Text);
