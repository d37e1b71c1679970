namespace Reader.Council.Tests;

/// <summary>Finds the repository's <c>content</c> folder from the test's output directory.</summary>
internal static class RepoRoot
{
    public static string Content
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "content", "sources.json")))
                {
                    return Path.Combine(dir.FullName, "content");
                }
            }
            throw new DirectoryNotFoundException("content/sources.json not found above " + AppContext.BaseDirectory);
        }
    }
}
