namespace Reader.Site.Pipeline;

/// <summary>Builds into a sibling staging folder and swaps it in at the end, so a failed build leaves the old site untouched.</summary>
public static class OutputSwap
{
    public static T Replace<T>(string output, Func<string, T> build)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) ?? ".";
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        var staging = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var result = build(staging);
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }
            else if (File.Exists(output))
            {
                throw new IOException($"'{output}' is a file, not a folder.");
            }
            Directory.Move(staging, output);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }
            return result;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
