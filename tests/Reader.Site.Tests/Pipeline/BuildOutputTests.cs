using Reader.Site.Modules;
using Reader.Site.Pipeline;

namespace Reader.Site.Tests.Pipeline;

public sealed class BuildOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reader-site-out-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void AFailedBuildLeavesThePreviousSiteUntouched()
    {
        var output = Path.Combine(_root, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "old");

        Assert.Throws<InvalidOperationException>(() => OutputSwap.Replace<int>(output, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "index.html"), "half");
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void ASuccessfulBuildReplacesTheWholeFolder()
    {
        var output = Path.Combine(_root, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        var site = SiteBuilder.Build(FixtureCorpus.Model(withSearch: false), output);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, SearchData.Destination)));
        Assert.Equal(site.Files, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
        Assert.Single(Directory.EnumerateFileSystemEntries(_root));
    }

    [Theory]
    [InlineData("reader/en.html", "../compare.html#g-1", null)]
    [InlineData("reader/en.html", "../missing.html", "points to missing 'missing.html'")]
    [InlineData("reader/en.html", "#u-nope", "points to missing anchor '#u-nope' in 'reader/en.html'")]
    [InlineData("index.html", "../../x.html", "climbs above the site root")]
    [InlineData("index.html", "reader/", null)]
    public void LinkCheckResolvesRelativeLinksAndAnchors(string from, string url, string? problem)
    {
        var destinations = new HashSet<string> { "index.html", "compare.html", "reader/en.html", "reader/index.html" };
        var ids = new Dictionary<string, HashSet<string>>
        {
            ["compare.html"] = ["g-1"],
            ["reader/en.html"] = ["u-1"],
        };
        Assert.Equal(problem, CheckLinks.Resolve(from, url, destinations, ids));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
