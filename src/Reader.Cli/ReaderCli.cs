using System.CommandLine;
using Reader.Cli.Commands;

namespace Reader.Cli;

/// <summary>Builds the <c>reader</c> command tree and runs it with uniform error handling and exit codes.</summary>
public static class ReaderCli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a runtime failure (e.g. an unreachable model endpoint).</summary>
    public const int RuntimeFailure = 1;

    /// <summary>Exit code for bad input or usage.</summary>
    public const int BadInput = 2;

    public static RootCommand CreateRootCommand(CliIo io)
    {
        var root = new RootCommand("Reader: a multilingual reader and knowledge explorer for one article in many versions.");
        root.Options.Add(CommonOptions.Content);
        foreach (var command in CommandCatalog.Create(io))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliIo io, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(io);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            io.Error.WriteLine($"error: {parse.Errors[0].Message} (see 'reader {string.Join(' ', CommandPath(parse))} --help')");
            return BadInput;
        }
        var config = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false };
        return await CommandRunner.GuardAsync(io, () => parse.InvokeAsync(config, cancellationToken));
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result.Parent is not null; result = (System.CommandLine.Parsing.CommandResult)result.Parent)
        {
            names.Push(result.Command.Name);
        }
        return names;
    }
}
