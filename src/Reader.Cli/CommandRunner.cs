using Reader.Core;

namespace Reader.Cli;

/// <summary>Turns exceptions into one-line errors and exit codes, so no user ever sees a stack trace.</summary>
public static class CommandRunner
{
    public static async Task<int> GuardAsync(CliIo io, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (ReaderInputException ex)
        {
            io.Error.WriteLine($"error: {OneLine(ex.Message)}");
            return ReaderCli.BadInput;
        }
        catch (OperationCanceledException)
        {
            io.Error.WriteLine("error: cancelled");
            return ReaderCli.RuntimeFailure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {OneLine(ex.Message)}");
            return ReaderCli.BadInput;
        }
        catch (Exception ex)
        {
            io.Error.WriteLine($"error: {OneLine(ex.Message)} ({ex.GetType().Name})");
            return ReaderCli.RuntimeFailure;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
