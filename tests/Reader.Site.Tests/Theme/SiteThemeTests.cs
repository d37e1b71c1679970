using Reader.Site.Theme;

namespace Reader.Site.Tests.Theme;

public sealed class SiteThemeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-theme-" + Guid.NewGuid().ToString("N"));

    public SiteThemeTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "pages"));
        File.WriteAllText(Path.Combine(_root, "pages", "hello.liquid"), "<p>Hello {{ name }}</p>");
        File.WriteAllText(Path.Combine(_root, "pages", "broken.liquid"), "<p>{% if %}</p>");
    }

    [Fact]
    public void APreloadedTemplateRendersFromWhatWasParsedThen()
    {
        var theme = new SiteTheme(_root);
        theme.Preload();
        File.WriteAllText(Path.Combine(_root, "pages", "hello.liquid"), "changed after preload");

        Assert.Equal("<p>Hello &lt;Ana&gt;</p>", theme.Render("pages/hello", new Dictionary<string, object?> { ["name"] = "<Ana>" }));
    }

    [Fact]
    public void ABrokenTemplateFailsOnlyWhenRenderedEvenAfterPreload()
    {
        var theme = new SiteTheme(_root);
        theme.Preload();

        var error = Assert.Throws<InvalidOperationException>(() => theme.Render("pages/broken", new Dictionary<string, object?>()));
        Assert.Contains("broken.liquid", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
