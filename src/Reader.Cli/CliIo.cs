using Spectre.Console;

namespace Reader.Cli;

/// <summary>Where a command writes: plain stdout/stderr writers plus a Spectre console over stdout for tables.</summary>
public sealed class CliIo
{
    public CliIo(TextWriter @out, TextWriter error, bool interactive)
    {
        Out = @out;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(@out),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when stdout is a terminal: progress displays and colour are allowed.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    public static CliIo FromConsole()
    {
        System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new CliIo(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected);
    }
}
