namespace Reader.Search;

/// <summary>Where the search index lives.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>The default index folder, relative to the working directory.</summary>
    public static string DefaultFolder { get; } = Path.Combine(".reader", "index");

    /// <summary>The folder holding built indexes (one sub-folder per corpus fingerprint); null keeps the index in memory only.</summary>
    public string? Folder { get; init; } = DefaultFolder;

    /// <summary>An index kept in memory only: nothing on disk (tests, one-off builds).</summary>
    public static SearchIndexOptions InMemory { get; } = new() { Folder = null };
}
