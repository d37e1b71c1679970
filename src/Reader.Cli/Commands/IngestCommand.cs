using System.CommandLine;
using Reader.Cli.Output;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Core.IO;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>reader ingest</c>: normalise every source into documents of sectioned units.</summary>
internal static class IngestCommand
{
    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json();
        var output = new Option<string?>("--out") { Description = "Also write the corpus as JSON to this file (atomically)" };
        var command = new Command("ingest", "Normalise the sources into documents of paragraph units with sections") { json, output };
        command.SetAction((parse, _) =>
        {
            var result = Ingestor.Ingest(parse.GetValue(CommonOptions.Content)!);
            var dto = CorpusJson.From(result.Corpus);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(dto, Json.Options));
            }
            foreach (var warning in result.Warnings)
            {
                io.Error.WriteLine($"warning: {warning}");
            }
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, dto);
            }
            else
            {
                WriteTable(io, result.Corpus);
            }
            return Task.FromResult(ReaderCli.Ok);
        });
        return command;
    }

    private static void WriteTable(CliIo io, Corpus corpus)
    {
        var table = new Table().AddColumns("document", "lang", "kind", "units", "sections", "chars", "repairs");
        foreach (var doc in corpus.Documents)
        {
            var sections = doc.Units.GroupBy(u => u.Section).Select(g => $"{g.Key}:{g.Count()}");
            var repairs = doc.Repair.IsClean
                ? "-"
                : $"{string.Join("+", doc.Repair.Encodings)}: {doc.Repair.SpansRepaired} spans, {doc.Repair.BytesRebuilt} bytes rebuilt";
            table.AddRow(
                Markup.Escape(doc.Id),
                doc.Lang,
                Markup.Escape(doc.Kind),
                doc.Units.Count.ToString(),
                Markup.Escape(string.Join(" ", sections)),
                doc.Units.Sum(u => u.Text.Length).ToString(),
                Markup.Escape(repairs));
        }
        io.Console.Write(table);
    }
}
