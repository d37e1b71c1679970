using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Reader.Site.Tests;

/// <summary>Checks every page must pass, shared by the fixture and real-content tests.</summary>
internal static class SitePageRules
{
    /// <summary>Internal links (href, src, action) that do not resolve to a file of the site or to an id in it.</summary>
    public static IEnumerable<string> BrokenLinks(BuiltSite site)
    {
        foreach (var (path, page) in site.Pages)
        {
            foreach (var url in Urls(page))
            {
                if (IsExternal(url) || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                var hash = url.IndexOf('#');
                var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
                var file = (hash >= 0 ? url[..hash] : url).Split('?')[0];
                var target = file.Length == 0
                    ? path
                    : Path.GetRelativePath(site.Root, Path.GetFullPath(Path.Combine(site.Root, Path.GetDirectoryName(path) ?? "", Uri.UnescapeDataString(file)))).Replace('\\', '/');
                if (!File.Exists(Path.Combine(site.Root, target)))
                {
                    yield return $"{path}: '{url}' → missing {target}";
                }
                else if (fragment.Length > 0 && site.Pages.TryGetValue(target, out var targetPage) && targetPage.GetElementById(fragment) is null)
                {
                    yield return $"{path}: '{url}' → no id '{fragment}' in {target}";
                }
            }
        }
    }

    /// <summary>Resources (scripts, styles, images, frames) loaded from anywhere but the site itself.</summary>
    public static IEnumerable<string> ExternalResources(BuiltSite site) =>
        from entry in site.Pages
        from element in entry.Value.QuerySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]")
        let url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data") ?? ""
        where IsExternal(url)
        select $"{entry.Key}: <{element.LocalName}> loads {url}";

    /// <summary>What a strict Content-Security-Policy (script-src 'self', style-src 'self') would block.</summary>
    public static IEnumerable<string> CspViolations(BuiltSite site) =>
        from entry in site.Pages
        from element in entry.Value.QuerySelectorAll("script:not([src]), style, [style], [onclick], [onload], [onerror], [onchange], [oninput], [onsubmit]")
        select $"{entry.Key}: inline <{element.LocalName}>";

    private static IEnumerable<string> Urls(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "");

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(url, "^[a-zA-Z][a-zA-Z0-9+.-]*:") && !url.StartsWith("data:", StringComparison.Ordinal);
}
