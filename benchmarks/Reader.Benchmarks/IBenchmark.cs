namespace Reader.Benchmarks;

/// <summary>A benchmark that measures one thing of Reader against a baseline timed in the same run.</summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line (e.g. <c>repair</c>).</summary>
    string Name { get; }

    /// <summary>Runs the measurement and returns its figures.</summary>
    IReadOnlyList<Measurement> Run(BenchmarkOptions options);
}

/// <summary>Settings shared by all benchmarks: where the content is, how hard to try.</summary>
/// <param name="ContentDir">The article set to use (default <c>content</c>).</param>
/// <param name="Quick">Smaller inputs, for a smoke run.</param>
public sealed record BenchmarkOptions(string ContentDir, bool Quick);

/// <summary>One reported figure; <paramref name="Ratio"/> is value ÷ baseline when a baseline was measured.</summary>
public sealed record Measurement(string Benchmark, string Metric, double Value, string Unit, double? Baseline = null, string? BaselineName = null)
{
    public double? Ratio => Baseline is > 0 ? Value / Baseline : null;
}
