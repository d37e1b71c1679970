using System.Diagnostics;
using System.Text.Json;
using Reader.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Reader.Benchmarks -- [name ...] [--quick] [--content DIR] [--json FILE]
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var names = new List<string>();
var quick = false;
var content = "content";
string? jsonOut = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick": quick = true; break;
        case "--content": content = args[++i]; break;
        case "--json": jsonOut = args[++i]; break;
        default: names.Add(args[i]); break;
    }
}

var unknown = names.Where(n => benchmarks.All(b => b.Name != n)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown benchmark(s): {string.Join(", ", unknown)}; known: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

var selected = names.Count == 0 ? benchmarks : benchmarks.Where(b => names.Contains(b.Name)).ToList();
var options = new BenchmarkOptions(content, quick);
var results = new List<Measurement>();
foreach (var benchmark in selected)
{
    var sw = Stopwatch.StartNew();
    Console.WriteLine($"== {benchmark.Name}");
    foreach (var m in benchmark.Run(options))
    {
        results.Add(m);
        var ratio = m.Ratio is { } r ? $"  ({r:0.00}x {m.BaselineName}: {m.Baseline:0.###} {m.Unit})" : "";
        Console.WriteLine($"   {m.Metric,-40} {m.Value,12:0.###} {m.Unit}{ratio}");
    }
    Console.WriteLine($"   ({sw.Elapsed.TotalSeconds:0.0} s)");
}

if (jsonOut is not null)
{
    File.WriteAllText(jsonOut, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
}
return 0;
