namespace Reader.Site.Pipeline;

/// <summary>
/// Runs pipelines phase by phase: every Process (the pipelines side by side, as Statiq does: they share only read-only
/// inputs), then every PostProcess over all outputs, then every Output.
/// </summary>
public sealed class PipelineEngine(IReadOnlyList<SitePipeline> pipelines)
{
    /// <summary>Runs all phases and returns the documents that were written.</summary>
    public IReadOnlyList<SiteDocument> Run(SiteContext context, IProgress<string>? progress = null)
    {
        var processed = new Dictionary<string, IReadOnlyList<SiteDocument>>(StringComparer.Ordinal);
        var running = new List<(string Name, Task<IReadOnlyList<SiteDocument>> Task)>();
        foreach (var pipeline in pipelines)
        {
            progress?.Report($"process {pipeline.Name}");
            running.Add((pipeline.Name, Task.Run(() => RunModules(pipeline.Process, [], context))));
        }
        try
        {
            Task.WaitAll(running.Select(r => r.Task));
        }
        catch (AggregateException)
        {
            // Every pipeline has stopped; the first failure is rethrown as itself below, in pipeline order.
        }
        foreach (var (name, task) in running)
        {
            processed[name] = task.GetAwaiter().GetResult();
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
