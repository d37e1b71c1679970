using Reader.Cli;

return await ReaderCli.RunAsync(args, CliIo.FromConsole());
