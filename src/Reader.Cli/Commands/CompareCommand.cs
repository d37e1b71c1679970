using System.CommandLine;
using System.Globalization;
using Reader.Cli.Output;
using Reader.Core;
using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Core.Ingestion;

namespace Reader.Cli.Commands;

/// <summary><c>reader compare UNIT</c>: a unit next to its counterparts in every other version.</summary>
internal static class CompareCommand
{
    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json();
        var unitArgument = new Argument<string>("unit") { Description = "Unit id, as printed by 'reader ingest' (e.g. en-shift-1-02)" };
        var langs = new Option<string?>("--langs") { Description = "Comma-separated languages to show (default: all), e.g. en,zh" };
        var command = new Command("compare", "Show a paragraph next to its counterparts in every other version") { unitArgument, langs, json };
        command.SetAction((parse, _) =>
        {
            var wanted = ParseLangs(parse.GetValue(langs));
            var ingest = Ingestor.Ingest(parse.GetValue(CommonOptions.Content)!);
            var corpus = ingest.Corpus;
            var unitId = parse.GetValue(unitArgument)!.Trim();
            if (!corpus.TryGetUnit(unitId, out var unit))
            {
                throw new ReaderInputException(UnknownUnitMessage(unitId, corpus));
            }
            var group = new Aligner().Align(corpus).GroupOf(unit.Id);
            var view = CompareJson.From(corpus, unit, group, wanted);
            if (parse.GetValue(json))
            {
                Json.Write(io.Out, view);
            }
            else
            {
                WriteSideBySide(io, view);
            }
            return Task.FromResult(ReaderCli.Ok);
        });
        return command;
    }

    private static HashSet<string>? ParseLangs(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var langs = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = langs.Where(l => !Languages.IsSupported(l)).ToList();
        if (unknown.Count > 0 || langs.Count == 0)
        {
            throw new ReaderInputException($"unknown language '{string.Join(",", unknown)}' in --langs; use {string.Join(",", Languages.Supported)}");
        }
        return langs;
    }

    /// <summary>One line naming the closest unit ids, so a typo is fixed at a glance.</summary>
    internal static string UnknownUnitMessage(string unitId, Corpus corpus)
    {
        var near = UnitSuggestions.For(unitId, corpus);
        var hint = near.Count > 0 ? $"; near matches: {string.Join(", ", near)}" : "";
        return $"no unit '{unitId}'{hint} (list all with 'reader ingest')";
    }

    private static void WriteSideBySide(CliIo io, CompareJson view)
    {
        io.Out.WriteLine($"{view.Unit.Id} ({view.Unit.Section}) in group {view.Group.Id}, score {view.Group.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
        io.Out.WriteLine($"  why: {view.Group.Explanation}");
        foreach (var version in view.Versions)
        {
            // One block per version rather than table columns: paragraphs stay readable at any terminal width.
            io.Out.WriteLine();
            var ids = version.Units.Count == 0 ? "no counterpart" : string.Join(", ", version.Units.Select(u => u.Id));
            io.Out.WriteLine($"\u2500\u2500 {version.Document} ({version.Lang}, {version.Kind}) \u00B7 {ids}");
            foreach (var unit in version.Units)
            {
                var marker = unit.Id == view.Unit.Id ? "\u25B6 " : "";
                io.Out.WriteLine($"{marker}{unit.Text}");
            }
        }
    }
}

/// <summary>The JSON shape of <c>reader compare UNIT --json</c>: the unit, its group and every version's share of it.</summary>
internal sealed record CompareJson(CompareUnitJson Unit, CompareGroupJson Group, IReadOnlyList<CompareVersionJson> Versions)
{
    public static CompareJson From(Corpus corpus, Unit unit, AlignmentGroup group, IReadOnlySet<string>? langs)
    {
        var members = group.UnitIds.Select(corpus.GetUnit).ToList();
        var versions = corpus.Documents
            .Where(d => langs is null || langs.Contains(d.Lang))
            .Select(d => new CompareVersionJson(
                d.Id,
                d.Lang,
                d.Kind,
                members.Where(u => u.DocumentId == d.Id).Select(CompareUnitJson.From).ToList()))
            .ToList();
        return new CompareJson(
            CompareUnitJson.From(unit),
            new CompareGroupJson(group.Id, group.Section, group.Score, group.Explanation),
            versions);
    }
}

/// <summary>A unit as shown by <c>reader compare</c>.</summary>
internal sealed record CompareUnitJson(string Id, string Document, string Lang, string Section, string Text)
{
    public static CompareUnitJson From(Unit u) => new(u.Id, u.DocumentId, u.Lang, u.Section, u.Text);
}

/// <summary>The group a compared unit belongs to.</summary>
internal sealed record CompareGroupJson(string Id, string Section, double Score, string Explanation);

/// <summary>One version's units in the compared group (empty when the version has no counterpart).</summary>
internal sealed record CompareVersionJson(string Document, string Lang, string Kind, IReadOnlyList<CompareUnitJson> Units);
