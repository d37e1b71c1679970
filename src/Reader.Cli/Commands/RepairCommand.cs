using System.CommandLine;
using System.Text;
using Reader.Cli.Output;
using Reader.Core;
using Reader.Core.Documents;
using Reader.Core.IO;
using Reader.Core.Repair;

namespace Reader.Cli.Commands;

/// <summary><c>reader repair</c>: undo mojibake and rebuild lost bytes in one text file (or stdin).</summary>
internal static class RepairCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Text file to repair, or - for standard input", DefaultValueFactory = _ => "-" };
        var output = new Option<string?>("--out") { Description = "Write the repaired text to this file (atomically) instead of stdout" };
        var inPlace = new Option<bool>("--in-place") { Description = "Replace FILE with its repaired text (atomically)" };
        var report = new Option<bool>("--report") { Description = "Describe what was repaired (stderr; with --json, in the JSON object)" };
        var json = CommonOptions.Json();
        var command = new Command("repair", "Undo text misread with a single-byte code page and rebuild the bytes it lost")
        {
            file, output, inPlace, report, json,
        };
        command.SetAction((parse, _) =>
        {
            var source = parse.GetValue(file)!;
            var target = parse.GetValue(output);
            var replace = parse.GetValue(inPlace);
            if (replace && (source == "-" || target is not null))
            {
                throw new ReaderInputException("--in-place needs a FILE and cannot be combined with --out");
            }
            var destination = replace ? source : target;
            var asJson = parse.GetValue(json);
            var result = Run(io, source, destination, asJson);
            if (asJson)
            {
                Json.Write(io.Out, RepairJson.From(result.Report, destination is null ? result.Text : null, destination, parse.GetValue(report)));
            }
            else if (parse.GetValue(report))
            {
                WriteReport(io.Error, result.Report);
            }
            return Task.FromResult(ReaderCli.Ok);
        });
        return command;
    }

    private static (RepairReport Report, string? Text) Run(CliIo io, string source, string? destination, bool asJson)
    {
        using Stream input = source == "-" ? BufferStandardInput() : RepairInput.OpenValidated(source);
        using var reader = new StreamReader(input, RepairInput.StrictUtf8, detectEncodingFromByteOrderMarks: false);
        var repairer = new MojibakeRepairer();
        if (destination is not null)
        {
            RepairReport? report = null;
            AtomicFile.Write(destination, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                report = repairer.Repair(reader, writer);
            });
            return (report!, null);
        }
        if (asJson)
        {
            var text = new StringWriter();
            return (repairer.Repair(reader, text), text.ToString());
        }
        var streamed = repairer.Repair(reader, io.Out);
        io.Out.Flush();
        return (streamed, null);
    }

    // Standard input cannot be read twice, so it is checked from a copy in memory.
    private static MemoryStream BufferStandardInput()
    {
        var buffer = new MemoryStream();
        using (var stdin = Console.OpenStandardInput())
        {
            stdin.CopyTo(buffer);
        }
        buffer.Position = 0;
        RepairInput.Validate(buffer, "standard input");
        buffer.Position = 0;
        return buffer;
    }

    private static void WriteReport(TextWriter error, RepairReport report)
    {
        if (report.IsClean)
        {
            error.WriteLine("repair: nothing to repair");
            return;
        }
        error.WriteLine($"repair: undid {string.Join(" then ", report.Encodings)}; {report.SpansRepaired} spans re-decoded, "
            + $"{report.BytesRebuilt} lost bytes rebuilt in {report.CharactersRebuilt} characters");
        foreach (var example in report.Examples)
        {
            error.WriteLine($"  {example.Before} -> {example.After} (confidence {example.Confidence:0.00})");
        }
        foreach (var rebuilt in report.Rebuilt)
        {
            var candidates = string.Join(", ", rebuilt.Candidates.Select(c => $"{c.Text} {c.Probability:0.00}"));
            error.WriteLine($"  {rebuilt.Line}:{rebuilt.Column} {rebuilt.Damaged} -> {rebuilt.Chosen} (confidence {rebuilt.Confidence:0.00}; {candidates})");
        }
    }
}

/// <summary>The JSON object of <c>reader repair --json</c>.</summary>
internal sealed record RepairJson(
    IReadOnlyList<string> Encodings,
    int SpansRepaired,
    int BytesRebuilt,
    int CharactersRebuilt,
    string? Output,
    string? Text,
    IReadOnlyList<RepairExample> Examples,
    IReadOnlyList<RebuiltCharacter>? Rebuilt)
{
    public static RepairJson From(RepairReport report, string? text, string? output, bool withCharacters) => new(
        report.Encodings,
        report.SpansRepaired,
        report.BytesRebuilt,
        report.CharactersRebuilt,
        output,
        text,
        report.Examples,
        withCharacters ? report.Rebuilt : null);
}
