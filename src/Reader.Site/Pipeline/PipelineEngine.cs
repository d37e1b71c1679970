namespace Reader.Site.Pipeline;

/// <summary>Runs pipelines phase by phase: every Process, then every PostProcess over all outputs, then every Output.</summary>
public sealed class PipelineEngine(IReadOnlyList<SitePipeline> pipelines)
{
    /// <summary>Runs all phases and returns the documents that were written.</summary>
    public IReadOnlyList<SiteDocument> Run(SiteContext context, IProgress<string>? progress = null)
    {
        var processed = new Dictionary<string, IReadOnlyList<SiteDocument>>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            progress?.Report($"process {pipeline.Name}");
            processed[pipeline.Name] = RunModules(pipeline.Process, [], context);
        }

        context.AllOutputs = processed.Values.SelectMany(d => d).ToList();
        var duplicate = context.AllOutputs.GroupBy(d => d.Destination, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two documents are written to '{duplicate.Key}'.");
        }

        foreach (var pipeline in pipelines)
        {
            progress?.Report($"post-process {pipeline.Name}");
            processed[pipeline.Name] = RunModules(pipeline.PostProcess, processed[pipeline.Name], context);
        }

        var written = new List<SiteDocument>();
        foreach (var pipeline in pipelines)
        {
            progress?.Report($"write {pipeline.Name}");
            written.AddRange(RunModules(pipeline.Output, processed[pipeline.Name], context));
        }
        return written;
    }

    private static IReadOnlyList<SiteDocument> RunModules(IReadOnlyList<IModule> modules, IReadOnlyList<SiteDocument> inputs, SiteContext context)
    {
        var documents = inputs;
        foreach (var module in modules)
        {
            documents = module.Execute(documents, context);
        }
        return documents;
    }
}
