using Reader.Site.Model;
using Reader.Site.Pipeline;
using Reader.Site.Theme;

namespace Reader.Site.Tests.Pipeline;

public sealed class PipelineEngineTests
{
    private static SiteContext Context() => new(new SiteLookup(FixtureCorpus.Model(withSearch: false)), new SiteTheme(SiteTheme.DefaultDirectory), Path.GetTempPath());

    [Fact]
    public void PipelinesProcessSideBySideAndOutputsKeepPipelineOrder()
    {
        // Each pipeline waits for the other to arrive: that happens only if the two run at the same time.
        using var meet = new Barrier(2);
        var met = new System.Collections.Concurrent.ConcurrentBag<bool>();
        IReadOnlyList<SiteDocument> Arrive(string name)
        {
            met.Add(meet.SignalAndWait(TimeSpan.FromSeconds(10)));
            return [new SiteDocument(name, name, MediaTypes.Text)];
        }
        var pass = new Pass();
        var engine = new PipelineEngine(
        [
            new SitePipeline("first") { Process = [new Step(() => Arrive("a.txt"))], Output = [pass] },
            new SitePipeline("second") { Process = [new Step(() => Arrive("b.txt"))], Output = [pass] },
        ]);

        var written = engine.Run(Context());

        Assert.Equal([true, true], met);
        Assert.Equal(["a.txt", "b.txt"], written.Select(d => d.Destination));
    }

    [Fact]
    public void AFailingPipelineFailsTheRunWithItsOwnException()
    {
        var engine = new PipelineEngine(
        [
            new SitePipeline("ok") { Process = [new Step(() => [])] },
            new SitePipeline("broken") { Process = [new Step(() => throw new FileNotFoundException("no template"))] },
        ]);

        var error = Assert.Throws<FileNotFoundException>(() => engine.Run(Context()));
        Assert.Equal("no template", error.Message);
    }

    private sealed class Step(Func<IReadOnlyList<SiteDocument>> make) : IModule
    {
        public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context) => [.. inputs, .. make()];
    }

    private sealed class Pass : IModule
    {
        public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context) => inputs;
    }
}
