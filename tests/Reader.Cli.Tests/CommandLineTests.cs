namespace Reader.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public async Task VersionPrintsTheVersion()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
    }

    [Fact]
    public async Task EveryVerbHasHelp()
    {
        var root = ReaderCli.CreateRootCommand(new CliIo(TextWriter.Null, TextWriter.Null, false));
        Assert.NotEmpty(root.Subcommands);
        foreach (var verb in root.Subcommands)
        {
            var (exit, stdout, _) = await CliRunner.RunAsync(verb.Name, "--help");
            Assert.Equal(0, exit);
            Assert.Contains(verb.Description!, stdout);
        }
    }

    [Theory]
    [InlineData("no-such-verb")]
    [InlineData("ingest", "--no-such-option")]
    public async Task UsageErrorsExitTwoWithOneLine(params string[] args)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
