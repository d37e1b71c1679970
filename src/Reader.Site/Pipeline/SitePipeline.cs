namespace Reader.Site.Pipeline;

/// <summary>
/// A named pipeline in Statiq's phases: <see cref="Process"/> runs per pipeline; <see cref="PostProcess"/> sees the
/// outputs of every pipeline (link checks); <see cref="Output"/> writes.
/// </summary>
public sealed record SitePipeline(string Name)
{
    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Output { get; init; } = [];
}
