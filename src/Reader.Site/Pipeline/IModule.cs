namespace Reader.Site.Pipeline;

/// <summary>One step of a pipeline: documents in, documents out (Statiq's IModule, synchronous).</summary>
public interface IModule
{
    IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context);
}
