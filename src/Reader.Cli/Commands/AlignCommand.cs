using System.CommandLine;
using System.Globalization;
using Reader.Cli.Output;
using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>reader align</c>: group the units of every version by what they say.</summary>
internal static class AlignCommand
{
    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json();
        var command = new Command("align", "Group paragraphs across versions and languages (a partition of all units)") { json };
        command.SetAction((parse, _) =>
        {
            var ingest = Ingestor.Ingest(parse.GetValue(CommonOptions.Content)!);
            foreach (var warning in ingest.Warnings)
            {
                io.Error.WriteLine($"warning: {warning}");
            }
            var result = new Aligner().Align(ingest.Corpus);
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, AlignmentJson.From(result));
            }
            else
            {
                WriteTable(io, ingest.Corpus, result);
            }
            return Task.FromResult(ReaderCli.Ok);
        });
        return command;
    }

    private static void WriteTable(CliIo io, Corpus corpus, AlignmentResult result)
    {
        var table = new Table().AddColumns("group", "section", "score", "units", "original text");
        foreach (var group in result.Groups)
        {
            var units = group.UnitIds.Select(corpus.GetUnit).ToList();
            var counts = units.GroupBy(u => u.DocumentId).Select(g => g.Count() == 1 ? g.Key : $"{g.Key}\u00D7{g.Count()}");
            var lead = units.FirstOrDefault(u => u.Lang == "en") ?? units[0];
            table.AddRow(
                Markup.Escape(group.Id),
                Markup.Escape(group.Section),
                group.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(" ", counts)),
                Markup.Escape(Snippet(lead.Text)));
        }
        io.Console.Write(table);
        var pivotGroups = result.Groups.Count(g => g.UnitIds.Any(id => corpus.GetUnit(id).DocumentId == "en"));
        io.Out.WriteLine($"{result.Groups.Count} groups ({pivotGroups} holding original paragraphs) over {corpus.Units.Count()} units");
    }

    private static string Snippet(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 70 ? line : line[..69] + "\u2026";
    }
}

/// <summary>The JSON shape of <c>reader align --json</c> (see design.md), plus each group's explanation.</summary>
internal sealed record AlignmentJson(IReadOnlyList<AlignmentGroupJson> Groups)
{
    public static AlignmentJson From(AlignmentResult result) => new(result.Groups.Select(AlignmentGroupJson.From).ToList());
}

/// <summary>One alignment group in <c>reader align --json</c>.</summary>
internal sealed record AlignmentGroupJson(string Id, string Section, IReadOnlyList<string> Units, double Score, string Explanation)
{
    public static AlignmentGroupJson From(AlignmentGroup g) => new(g.Id, g.Section, g.UnitIds, g.Score, g.Explanation);
}
