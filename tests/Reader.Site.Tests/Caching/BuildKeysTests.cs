using Reader.Site.Caching;

namespace Reader.Site.Tests.Caching;

public sealed class BuildKeysTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-keys-" + Guid.NewGuid().ToString("N"));

    public BuildKeysTests()
    {
        Write("content/sources.json", "{\"sources\":[]}");
        Write("content/outline.json", "{\"languages\":[\"en\"]}");
        Write("content/sources/000.txt", "Hello.");
        Write("theme/pages/home.liquid", "<h1>{{ title }}</h1>");
        Write("theme/assets/site.css", "body{}");
    }

    private string Content => Path.Combine(_root, "content");

    private string Theme => Path.Combine(_root, "theme");

    private BuildKeys Keys(string code = "code-1") => BuildKeys.Compute(Content, Theme, code);

    [Fact]
    public void TheSameInputsGiveTheSameKeys()
    {
        Assert.Equal(Keys(), Keys());
        Assert.Equal(4, new[] { Keys().Ingest, Keys().Align, Keys().Council, Keys().Site }.Distinct().Count());
    }

    [Fact]
    public void EditingATemplateChangesOnlyTheSiteKey()
    {
        var before = Keys();
        Write("theme/pages/home.liquid", "<h1>{{ title }}!</h1>");
        var after = Keys();

        Assert.Equal((before.Ingest, before.Align, before.Council), (after.Ingest, after.Align, after.Council));
        Assert.NotEqual(before.Site, after.Site);
    }

    [Theory]
    [InlineData("content/sources/000.txt", "Hello!")]
    [InlineData("content/sources/001.txt", "A new source.")]
    [InlineData("content/outline.json", "{\"languages\":[\"en\",\"es\"]}")]
    [InlineData("content/sources.json", "{\"sources\":[ ]}")]
    public void EditingContentChangesEveryKey(string file, string text)
    {
        var before = Keys();
        Write(file, text);
        var after = Keys();

        Assert.NotEqual(before.Ingest, after.Ingest);
        Assert.NotEqual(before.Align, after.Align);
        Assert.NotEqual(before.Council, after.Council);
        Assert.NotEqual(before.Site, after.Site);
    }

    [Fact]
    public void RenamingAThemeFileChangesTheSiteKey()
    {
        var before = Keys();
        File.Move(Path.Combine(Theme, "assets", "site.css"), Path.Combine(Theme, "assets", "main.css"));

        Assert.NotEqual(before.Site, Keys().Site);
    }

    [Fact]
    public void NewCodeChangesEveryKey()
    {
        var before = Keys("code-1");
        var after = Keys("code-2");

        Assert.NotEqual(before.Ingest, after.Ingest);
        Assert.NotEqual(before.Site, after.Site);
    }

    [Fact]
    public void TheCodeIdentityNamesTheRuntimeEachAssemblysBuildAndItsLibraryVersions()
    {
        var identity = CodeIdentity.Of([typeof(SiteBuilder).Assembly, typeof(Reader.Core.Documents.Corpus).Assembly]);

        Assert.Contains(typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N"), identity);
        Assert.Contains(typeof(Reader.Core.Documents.Corpus).Assembly.ManifestModule.ModuleVersionId.ToString("N"), identity);
        Assert.Contains(typeof(Fluid.FluidParser).Assembly.GetName().FullName, identity);
        Assert.StartsWith(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + "\n", identity);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
