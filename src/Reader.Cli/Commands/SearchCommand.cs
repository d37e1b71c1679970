using System.CommandLine;
using System.Globalization;
using Reader.Cli.Output;
using Reader.Core;
using Reader.Core.Alignment;
using Reader.Core.Ingestion;
using Reader.Search;
using Reader.Search.Grouping;
using Reader.Search.Highlighting;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary><c>reader search</c>: multilingual search over the corpus, results grouped by alignment.</summary>
internal static class SearchCommand
{
    private const int MaxTop = 1000;
    private const int TableSnippetLength = 160;

    public static Command Create(CliIo io)
    {
        var query = new Argument<string>("query") { Description = "What to look for, in any of the languages (\"quotes\" make a phrase)" };
        var top = new Option<int>("--top") { Description = "How many groups of aligned paragraphs to show", DefaultValueFactory = _ => 10 };
        var lang = new Option<string?>("--lang") { Description = "The query's language (en, es, pt, zh, nl); detected when omitted" };
        var index = new Option<string>("--index")
        {
            Description = "Folder for the search index (rebuilt when the corpus changes)",
            DefaultValueFactory = _ => SearchIndexOptions.DefaultFolder,
        };
        var json = CommonOptions.Json();
        var command = new Command("search", "Search every language version; each hit comes with its aligned paragraphs")
        {
            query, top, lang, index, json,
        };
        command.SetAction((parse, _) =>
        {
            var text = parse.GetValue(query) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ReaderInputException("The query is empty.");
            }
            var count = parse.GetValue(top);
            if (count is < 1 or > MaxTop)
            {
                throw new ReaderInputException($"--top must be between 1 and {MaxTop}, not {count}.");
            }
            var corpus = Ingestor.Ingest(parse.GetValue(CommonOptions.Content)!).Corpus;
            var groups = UnitGroups.From(corpus, new Aligner().Align(corpus));
            using var searchIndex = SearchIndex.Open(corpus, groups, new SearchIndexOptions { Folder = parse.GetValue(index) });
            var asJson = parse.GetValue(json);
            // A table cell is narrow: shorter excerpts keep a row readable.
            var snippetLength = asJson ? SnippetBuilder.DefaultLength : TableSnippetLength;
            var response = searchIndex.Search(text, new SearchRequest(Top: count, Lang: parse.GetValue(lang), SnippetLength: snippetLength));
            if (asJson)
            {
                Json.Write(io.Out, SearchResult.From(response));
            }
            else
            {
                WriteTable(io, response);
            }
            return Task.FromResult(ReaderCli.Ok);
        });
        return command;
    }

    private static void WriteTable(CliIo io, SearchResponse response)
    {
        var lang = response.LangDetected ? response.Lang : $"{response.Lang}?";
        io.Console.MarkupLine($"[bold]{Markup.Escape(response.SearchedText)}[/]  [dim](language {lang}; {response.Groups.Count} groups, {response.Hits.Count} paragraphs)[/]");
        if (response.Groups.Count == 0)
        {
            io.Console.WriteLine("No results.");
            return;
        }
        // Without colour a mark must still be visible: show it as [term].
        var (open, close) = io.Interactive ? ("[bold yellow]", "[/]") : ("[[", "]]");
        var table = new Table().AddColumns("#", "score", "lang", "section", "unit", "text");
        for (var g = 0; g < response.Groups.Count; g++)
        {
            var group = response.Groups[g];
            for (var u = 0; u < group.Units.Count; u++)
            {
                var hit = group.Units[u];
                table.AddRow(
                    u == 0 ? (g + 1).ToString(CultureInfo.InvariantCulture) : "",
                    hit.Matched ? hit.Score.ToString("0.00", CultureInfo.InvariantCulture) : "[dim]aligned[/]",
                    hit.Unit.Lang,
                    Markup.Escape(hit.Unit.Section),
                    Markup.Escape(hit.Unit.Id),
                    hit.Snippet.Render(open, close, Markup.Escape));
            }
            if (g < response.Groups.Count - 1)
            {
                table.AddEmptyRow();
            }
        }
        io.Console.Write(table);
    }
}
