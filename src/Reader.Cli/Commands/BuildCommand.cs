using System.CommandLine;
using System.Diagnostics;
using Reader.Cli.Output;
using Reader.Core.Alignment;
using Reader.Core.Documents;
using Reader.Core.Ingestion;
using Reader.Council;
using Reader.Search.Grouping;
using Reader.Site;
using Reader.Site.Model;
using Reader.Site.Search;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader build</c>: ingest → align → index → council → site, into a folder that is replaced only when the build
/// succeeds. The council runs offline so a build is reproducible and needs no network.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json();
        var output = new Option<string>("--out") { Description = "Folder to write the site into (replaced whole)", DefaultValueFactory = _ => "_site" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: the theme shipped with reader)" };
        var command = new Command("build", "Build the static site: reader, compare, shift pages, search and Q&A") { json, output, theme };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var content = parse.GetValue(CommonOptions.Content)!;
            var outDir = parse.GetValue(output)!;
            var themeDir = parse.GetValue(theme);
            if (themeDir is not null && !Directory.Exists(themeDir))
            {
                throw new Core.ReaderInputException($"Theme folder '{themeDir}' does not exist.");
            }

            var stopwatch = Stopwatch.StartNew();
            var stages = new BuildStages(content, outDir, themeDir, cancellationToken);
            if (io.Interactive && !parse.GetValue(json))
            {
                await io.Console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var tasks = stages.All.Select(s => (s.Run, Task: ctx.AddTask(s.Name, autoStart: false, maxValue: 1))).ToList();
                        foreach (var (run, task) in tasks)
                        {
                            task.StartTask();
                            await stages.TimeAsync(task.Description, run);
                            task.Increment(1);
                            task.StopTask();
                        }
                    });
            }
            else
            {
                foreach (var (name, run) in stages.All)
                {
                    await stages.TimeAsync(name, run);
                }
            }
            var result = stages.Result!;
            foreach (var warning in stages.Warnings)
            {
                io.Error.WriteLine($"warning: {warning}");
            }

            if (parse.GetValue(json))
            {
                Json.Write(io.Out, new
                {
                    output = result.OutputDirectory,
                    pages = result.Pages,
                    files = result.Files,
                    bytes = result.Bytes,
                    seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 3),
                    search = stages.Model!.Analysis is not null,
                    groups = stages.Model.Groups.Count,
                    stages = stages.Timings.ToDictionary(t => t.Key, t => Math.Round(t.Value.TotalMilliseconds)),
                    warnings = stages.Warnings,
                });
            }
            else
            {
                var table = new Table().AddColumns("site", "pages", "files", "size", "time");
                table.AddRow(
                    Markup.Escape(result.OutputDirectory),
                    result.Pages.ToString(),
                    result.Files.ToString(),
                    $"{result.Bytes / 1024.0:0.0} KiB",
                    $"{stopwatch.Elapsed.TotalSeconds:0.00} s");
                io.Console.Write(table);
            }
            return ReaderCli.Ok;
        });
        return command;
    }

    /// <summary>The build's stages in order, each filling in what the next one needs.</summary>
    private sealed class BuildStages(string content, string outDir, string? themeDir, CancellationToken cancellationToken)
    {
        private Corpus? _corpus;

        public IReadOnlyList<string> Warnings { get; private set; } = [];

        public SiteModel? Model { get; private set; }

        public SiteBuildResult? Result { get; private set; }

        /// <summary>Wall time of each stage, in run order.</summary>
        public Dictionary<string, TimeSpan> Timings { get; } = [];

        public async Task TimeAsync(string name, Func<Task> run)
        {
            var stopwatch = Stopwatch.StartNew();
            await run();
            Timings[name] = stopwatch.Elapsed;
        }

        public IEnumerable<(string Name, Func<Task> Run)> All =>
        [
            ("ingest", Synchronous(Ingest)),
            ("align", Synchronous(Align)),
            ("index", Synchronous(Index)),
            ("council", CouncilAsync),
            ("site", Synchronous(Site)),
        ];

        private Func<Task> Synchronous(Action run) => () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            run();
            return Task.CompletedTask;
        };

        private void Ingest()
        {
            var ingest = Ingestor.Ingest(content);
            Warnings = ingest.Warnings;
            _corpus = ingest.Corpus;
        }

        private void Align() => Model = SiteModel.Aligned(_corpus!, new Aligner().Align(_corpus!));

        // The static index is made with the search engine's own analyzers, so the browser finds what `reader search` finds.
        private void Index() => Model = Model! with { Analysis = LuceneTermAnalysis.ForSearch() };

        private async Task CouncilAsync()
        {
            var groups = UnitGroups.FromPartition(_corpus!, Model!.Groups.Select(g => (g.Id, g.UnitIds.AsEnumerable())));
            var council = new CouncilFactory(_corpus!, groups).CreateOffline();
            var answers = await PrecomputedAnswers.AskAsync(council, CuratedQuestions.For(_corpus!), cancellationToken);
            Model = Model with { Answers = answers };
        }

        private void Site() => Result = SiteBuilder.Build(Model!, outDir, themeDir);
    }
}
