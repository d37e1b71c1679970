using System.Text.RegularExpressions;
using Reader.Site.Pipeline;

namespace Reader.Site.Modules;

/// <summary>
/// Post-process check over every page: each internal link and fragment must resolve to a written document and id,
/// and nothing may be loaded from outside the site. A violation fails the build before anything is written.
/// </summary>
public sealed partial class CheckLinks : IModule
{
    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context)
    {
        var ids = context.AllOutputs
            .Where(d => d.MediaType == MediaTypes.Html)
            .ToDictionary(d => d.Destination, d => IdPattern().Matches(d.Content).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var destinations = context.AllOutputs.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var page in inputs.Where(d => d.MediaType == MediaTypes.Html))
        {
            foreach (Match match in ResourcePattern().Matches(page.Content))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (IsExternal(url))
                {
                    problems.Add($"{page.Destination}: loads '{url}' from outside the site");
                }
            }
            foreach (Match match in LinkPattern().Matches(page.Content))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (IsExternal(url) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("/api/", StringComparison.Ordinal))
                {
                    continue;
                }
                var problem = Resolve(page.Destination, url, destinations, ids);
                if (problem is not null)
                {
                    problems.Add($"{page.Destination}: link '{url}' {problem}");
                }
            }
        }

        return problems.Count == 0
            ? inputs
            : throw new InvalidOperationException($"The site has {problems.Count} broken link(s) or external resource(s):\n  " + string.Join("\n  ", problems.Take(20)));
    }

    /// <summary>Null when <paramref name="url"/>, relative to page <paramref name="from"/>, resolves; otherwise why not.</summary>
    public static string? Resolve(string from, string url, ISet<string> destinations, IReadOnlyDictionary<string, HashSet<string>> ids)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;

        var target = path.Length == 0 ? from : Combine(from, Uri.UnescapeDataString(path));
        if (target is null)
        {
            return "climbs above the site root";
        }
        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }
        if (!destinations.Contains(target))
        {
            return $"points to missing '{target}'";
        }
        if (fragment.Length > 0 && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
        {
            return $"points to missing anchor '#{fragment}' in '{target}'";
        }
        return null;
    }

    private static string? Combine(string from, string relative)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }
        return string.Join('/', parts);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || SchemePattern().IsMatch(url) && !url.StartsWith("data:", StringComparison.Ordinal);

    [GeneratedRegex(""""\sid="([^"]+)"""")]
    private static partial Regex IdPattern();

    [GeneratedRegex(""""<(?:script|img|iframe|source|video|audio|embed|object|track|input)\b[^>]*?\s(?:src|data|poster)="(?<url>[^"]*)"|<link\b[^>]*?\shref="(?<url>[^"]*)"""")]
    private static partial Regex ResourcePattern();

    [GeneratedRegex(""""<(?:a|area|form)\b[^>]*?\s(?:href|action)="(?<url>[^"]*)"|<link\b[^>]*?\shref="(?<url>[^"]*)"|<script\b[^>]*?\ssrc="(?<url>[^"]*)"""")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePattern();
}
