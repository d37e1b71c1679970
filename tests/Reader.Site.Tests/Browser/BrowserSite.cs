using Microsoft.Playwright;

namespace Reader.Site.Tests.Browser;

/// <summary>
/// The fixture site opened in the system's headless Chromium through Playwright (no browser download:
/// Playwright is pointed at <see cref="ChromiumPath"/>). Pages are loaded from file://, as a static host would serve them.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public BuiltSite Site { get; } = new(FixtureCorpus.Model());

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Args,
        });
    }

    public string Url(string path) => new Uri(Path.Combine(Site.Root, path.Split('?', '#')[0])).AbsoluteUri + path[path.Split('?', '#')[0].Length..];

    /// <summary>Opens a page in a fresh context, recording console errors and uncaught exceptions into <paramref name="errors"/>.</summary>
    public async Task<IPage> OpenAsync(string path, List<string> errors, int width = 1280)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{path}: console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{path}: exception: {error}");
        await page.GotoAsync(Url(path));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Site.Dispose();
    }
}
