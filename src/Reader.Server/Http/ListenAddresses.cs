using System.Net;
using Reader.Core;

namespace Reader.Server.Http;

/// <summary>The <c>--urls</c> of <c>reader serve</c>, checked before Kestrel sees them: plain HTTP addresses, and which of them reach beyond this machine.</summary>
public sealed record ListenAddresses(IReadOnlyList<string> Urls, IReadOnlyList<string> Exposed)
{
    /// <summary>Parses semicolon-separated addresses such as <c>http://127.0.0.1:5080;http://[::1]:5080</c>.</summary>
    /// <exception cref="ReaderInputException">An address is not an <c>http://host:port</c> URL.</exception>
    public static ListenAddresses Parse(string urls)
    {
        var all = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (all.Length == 0)
        {
            throw new ReaderInputException("--urls names no address");
        }
        var exposed = new List<string>();
        foreach (var url in all)
        {
            var host = HostOf(url);
            if (!IsLoopback(host))
            {
                exposed.Add(url);
            }
        }
        return new ListenAddresses(all, exposed);
    }

    private static string HostOf(string url)
    {
        const string scheme = "http://";
        if (!url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReaderInputException($"'{url}' is not an http:// address (reader serve speaks plain HTTP; put a TLS proxy in front of it)");
        }
        var authority = url[scheme.Length..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        if (colon <= 0 || authority.EndsWith(']') || !ushort.TryParse(authority[(colon + 1)..], out _) || authority.Contains('/'))
        {
            throw new ReaderInputException($"'{url}' is not an http://host:port address");
        }
        return authority[..colon].Trim('[', ']');
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
