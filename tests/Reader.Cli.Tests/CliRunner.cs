namespace Reader.Cli.Tests;

/// <summary>Runs the <c>reader</c> command in-process with captured output.</summary>
internal static class CliRunner
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Content => Path.Combine(RepoRoot, "content");

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await ReaderCli.RunAsync(args, new CliIo(stdout, stderr, interactive: false));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Reader.sln not found above the test folder.");
    }
}
