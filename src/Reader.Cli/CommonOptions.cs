using System.CommandLine;

namespace Reader.Cli;

/// <summary>Options shared by several verbs.</summary>
public static class CommonOptions
{
    /// <summary>The article set folder: sources, manifest and outline.</summary>
    public static readonly Option<string> Content = new("--content")
    {
        Description = "Article set folder (sources, manifest, outline)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("READER_CONTENT") ?? "content",
        Recursive = true,
    };

    /// <summary>Print exactly one JSON object on stdout.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print exactly one JSON object on stdout" };
}
