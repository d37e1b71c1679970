using System.CommandLine;

namespace Reader.Cli.Commands;

/// <summary>Every verb of <c>reader</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliIo io) =>
    [
        IngestCommand.Create(io),
        RepairCommand.Create(io),
        SearchCommand.Create(io),
        AlignCommand.Create(io),
        CompareCommand.Create(io),
        AskCommand.Create(io),
        BuildCommand.Create(io),
    ];
}
