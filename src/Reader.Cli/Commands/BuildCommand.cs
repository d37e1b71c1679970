using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Reader.Cli.Output;
using Reader.Core.Alignment;
using Reader.Core.Content;
using Reader.Core.Ingestion;
using Reader.Core.Repair;
using Reader.Council;
using Reader.Search;
using Reader.Search.Grouping;
using Reader.Site;
using Reader.Site.Caching;
using Reader.Site.Model;
using Reader.Site.Search;
using Reader.Site.Theme;
using Spectre.Console;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader build</c>: ingest → align → index → council → site, into a folder that is replaced only when the build
/// succeeds. The council runs offline so a build is reproducible and needs no network. Each stage's result is cached
/// under a hash of its inputs and of reader's own code, so a build reruns only the stages whose inputs changed.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliIo io)
    {
        var json = CommonOptions.Json();
        var output = new Option<string>("--out") { Description = "Folder to write the site into (replaced whole)", DefaultValueFactory = _ => "_site" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: the theme shipped with reader)" };
        var noCache = new Option<bool>("--no-cache") { Description = "Run every stage, ignoring cached results (the cache is refreshed with the new ones)" };
        var cacheDir = new Option<string>("--cache-dir") { Description = "Folder of the build cache", DefaultValueFactory = _ => BuildCache.DefaultFolder };
        var command = new Command("build", "Build the static site: reader, compare, shift pages, search and Q&A") { json, output, theme, noCache, cacheDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var content = parse.GetValue(CommonOptions.Content)!;
            var themeDir = parse.GetValue(theme);
            if (themeDir is not null && !Directory.Exists(themeDir))
            {
                throw new Core.ReaderInputException($"Theme folder '{themeDir}' does not exist.");
            }

            var stopwatch = Stopwatch.StartNew();
            var stages = new BuildStages(
                content,
                parse.GetValue(output)!,
                themeDir ?? SiteTheme.DefaultDirectory,
                new BuildCache(parse.GetValue(cacheDir)!),
                useCached: !parse.GetValue(noCache),
                cancellationToken);
            stages.Plan();
            if (io.Interactive && !parse.GetValue(json))
            {
                await io.Console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var tasks = stages.All.Select(s => (s.Name, s.Run, Task: ctx.AddTask(s.Name, autoStart: false, maxValue: 1))).ToList();
                        foreach (var (name, run, task) in tasks)
                        {
                            task.StartTask();
                            await stages.TimeAsync(name, run);
                            if (stages.Outcomes[name].Cached)
                            {
                                task.Description = $"{name} [grey](cached)[/]";
                            }
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
            var site = stages.Site!;
            foreach (var warning in site.Warnings)
            {
                io.Error.WriteLine($"warning: {warning}");
            }

            if (parse.GetValue(json))
            {
                Json.Write(io.Out, new
                {
                    output = stages.OutputDirectory,
                    pages = site.Pages,
                    files = site.Files.Count,
                    bytes = site.Bytes,
                    seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 3),
                    search = site.Search,
                    groups = site.Groups,
                    cached = stages.Outcomes.Values.All(o => o.Cached),
                    written = stages.Written,
                    stages = stages.Outcomes.ToDictionary(o => o.Key, o => new { ms = Math.Round(o.Value.Elapsed.TotalMilliseconds), cached = o.Value.Cached }),
                    warnings = site.Warnings,
                });
            }
            else
            {
                var table = new Table().AddColumns("site", "pages", "files", "size", "time", "stages run");
                var run = stages.Outcomes.Where(o => !o.Value.Cached).Select(o => o.Key).ToList();
                table.AddRow(
                    Markup.Escape(stages.OutputDirectory),
                    site.Pages.ToString(),
                    site.Files.Count.ToString(),
                    $"{site.Bytes / 1024.0:0.0} KiB",
                    $"{stopwatch.Elapsed.TotalSeconds:0.00} s",
                    run.Count == 0 ? (stages.Written ? "none (restored from cache)" : "none (up to date)") : string.Join(", ", run));
                io.Console.Write(table);
            }
            return ReaderCli.Ok;
        });
        return command;
    }

    /// <summary>How a stage went: how long it took and whether its result came from the cache instead of running.</summary>
    private readonly record struct StageOutcome(TimeSpan Elapsed, bool Cached);

    /// <summary>
    /// The build's stages in order. <see cref="Plan"/> keys every stage; when the finished site is cached (and the output
    /// folder holds it, or can be restored from the cache) no stage runs. Otherwise each stage takes its result from the
    /// cache or computes and stores it, and loading that the later stages need starts in the background meanwhile.
    /// </summary>
    private sealed class BuildStages(string content, string outDir, string themeDir, BuildCache cache, bool useCached, CancellationToken cancellationToken)
    {
        private const string IngestStage = "ingest";
        private const string AlignStage = "align";
        private const string CouncilStage = "council";
        private const string SiteStage = "site";

        private BuildKeys? _keys;
        private IngestResult? _ingest;
        private AlignmentResult? _alignment;
        private LuceneTermAnalysis? _analysis;
        private IReadOnlyList<SiteAnswer>? _answers;
        private Task<LuceneTermAnalysis>? _analysisLoading;
        private Task? _alignmentLoading;
        private Task<SiteTheme>? _themeLoading;
        private TimeSpan _siteCheck;

        public string OutputDirectory { get; } = Path.GetFullPath(outDir);

        /// <summary>The finished site: built now or taken from the cache.</summary>
        public SiteManifest? Site { get; private set; }

        /// <summary>True when this build wrote the output folder; false when it already held the site.</summary>
        public bool Written { get; private set; } = true;

        /// <summary>Each stage's outcome, in run order.</summary>
        public Dictionary<string, StageOutcome> Outcomes { get; } = [];

        private bool SiteCached { get; set; }

        private static IEnumerable<Assembly> CodeAssemblies =>
        [
            typeof(Ingestor).Assembly,
            typeof(SearchIndex).Assembly,
            typeof(CouncilFactory).Assembly,
            typeof(SiteBuilder).Assembly,
            typeof(BuildCommand).Assembly,
        ];

        /// <summary>Keys the stages and, when the cache is used, takes the finished site from it if it is there.</summary>
        public void Plan()
        {
            _keys = BuildKeys.Compute(content, themeDir, CodeIdentity.Of(CodeAssemblies));
            if (!useCached)
            {
                return;
            }
            var stopwatch = Stopwatch.StartNew();
            if (cache.TryRead(SiteStage, _keys.Site, BuildCacheJson.Default.SiteManifest) is { } manifest)
            {
                if (SiteOutput.Matches(OutputDirectory, manifest.Files))
                {
                    (Site, SiteCached, Written) = (manifest, true, false);
                }
                else if (SiteOutput.TryRestore(OutputDirectory, manifest.Files, cache.Blobs))
                {
                    (Site, SiteCached) = (manifest, true);
                }
            }
            _siteCheck = stopwatch.Elapsed;
        }

        public async Task TimeAsync(string name, Func<Task<bool>> run)
        {
            var stopwatch = Stopwatch.StartNew();
            var cached = await run();
            Outcomes[name] = new StageOutcome(name == SiteStage && SiteCached ? _siteCheck : stopwatch.Elapsed, cached);
        }

        public IEnumerable<(string Name, Func<Task<bool>> Run)> All =>
        [
            (IngestStage, Synchronous(Ingest)),
            (AlignStage, Synchronous(Align)),
            ("index", Index),
            (CouncilStage, CouncilAsync),
            (SiteStage, BuildSiteAsync),
        ];

        private Func<Task<bool>> Synchronous(Func<bool> run) => () =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(run());
        };

        private bool Ingest()
        {
            if (SiteCached)
            {
                return true;
            }
            if (Cached(IngestStage, _keys!.Ingest, BuildCacheJson.Default.CachedIngest) is { } cached)
            {
                _ingest = cached.ToResult();
                StartLoading(_ingest.Corpus.Documents.Select(d => d.Lang).Distinct().ToList(), alignCached: File.Exists(cache.EntryPath(AlignStage, _keys.Align)));
                return true;
            }
            var set = ContentSet.Load(content);
            StartLoading(set.Outline.Languages, alignCached: false);
            _ingest = new Ingestor(Ingestor.DefaultRepairer()).Run(set);
            cache.Write(IngestStage, _keys.Ingest, CachedIngest.From(_ingest), BuildCacheJson.Default.CachedIngest);
            return false;
        }

        private bool Align()
        {
            if (SiteCached)
            {
                return true;
            }
            if (Cached(AlignStage, _keys!.Align, BuildCacheJson.Default.CachedAlignment) is { } cached)
            {
                _alignment = cached.ToResult();
                return true;
            }
            // Whatever the background loading ran into, the aligner meets (and handles) again itself.
            Task.WhenAny(_alignmentLoading!).Wait(cancellationToken);
            _alignment = new Aligner().Align(_ingest!.Corpus);
            cache.Write(AlignStage, _keys.Align, new CachedAlignment(_alignment.Groups), BuildCacheJson.Default.CachedAlignment);
            return false;
        }

        // The static index is made with the search engine's own analyzers, so the browser finds what `reader search` finds.
        // Nothing to cache: the analyzers are built here (or already in the background) and used by the site stage.
        private async Task<bool> Index()
        {
            if (SiteCached)
            {
                return true;
            }
            _analysis = await _analysisLoading!.WaitAsync(cancellationToken);
            return false;
        }

        private async Task<bool> CouncilAsync()
        {
            if (SiteCached)
            {
                return true;
            }
            if (Cached(CouncilStage, _keys!.Council, BuildCacheJson.Default.CachedAnswers) is { } cached)
            {
                _answers = cached.Answers;
                return true;
            }
            var corpus = _ingest!.Corpus;
            var groups = UnitGroups.FromPartition(corpus, _alignment!.Groups.Select(g => (g.Id, g.UnitIds.AsEnumerable())));
            var council = new CouncilFactory(corpus, groups).CreateOffline();
            _answers = await PrecomputedAnswers.AskAsync(council, CuratedQuestions.For(corpus), cancellationToken);
            cache.Write(CouncilStage, _keys.Council, new CachedAnswers(_answers), BuildCacheJson.Default.CachedAnswers);
            return false;
        }

        private async Task<bool> BuildSiteAsync()
        {
            if (SiteCached)
            {
                return true;
            }
            var model = SiteModel.Aligned(_ingest!.Corpus, _alignment!) with { Analysis = _analysis, Answers = _answers! };
            var theme = await _themeLoading!.WaitAsync(cancellationToken);
            var result = SiteBuilder.Build(model, OutputDirectory, theme);
            Site = new SiteManifest(result.Pages, model.Groups.Count, model.Analysis is not null, _ingest.Warnings, SiteOutput.Capture(result.OutputDirectory, cache.Blobs));
            cache.Write(SiteStage, _keys!.Site, Site, BuildCacheJson.Default.SiteManifest);
            cache.RemoveUnreferencedBlobs(SiteStage, BuildCacheJson.Default.SiteManifest, m => m.Files.Select(f => f.Sha256));
            return false;
        }

        private T? Cached<T>(string stage, string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
            where T : class => useCached ? cache.TryRead(stage, key, type) : null;

        /// <summary>
        /// Starts, on one background thread (the machine's other core; one thread, so the stage on the critical path is
        /// never crowded out), the loading the stages after ingest need when they are not cached, in the order they
        /// need it: the repair word tables (ingest needs them only once the character model is in), the alignment
        /// lexicons and tokenizer, the search analyzers, the theme's parsed templates. Each is a load-once singleton or
        /// a product a later stage takes over, so nothing is done twice.
        /// </summary>
        private void StartLoading(IReadOnlyList<string> languages, bool alignCached)
        {
            var ingesting = _ingest is null;
            _alignmentLoading = Task.Run(() =>
            {
                if (ingesting)
                {
                    MojibakeRepairer.PreloadWordTables();
                }
                if (!alignCached)
                {
                    Aligner.Preload(languages);
                }
            }, cancellationToken);
            // Each step runs after the one before, whether or not that one failed: its own failure is its stage's.
            _analysisLoading = _alignmentLoading.ContinueWith(_ =>
            {
                var analysis = LuceneTermAnalysis.ForSearch();
                foreach (var lang in languages)
                {
                    analysis.Analyse("", lang);
                }
                return analysis;
            }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
            _themeLoading = _analysisLoading.ContinueWith(_ =>
            {
                var theme = new SiteTheme(themeDir);
                theme.Preload();
                return theme;
            }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }
}
