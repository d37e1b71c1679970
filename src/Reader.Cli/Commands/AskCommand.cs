using System.CommandLine;
using Reader.Cli.Output;
using Reader.Council;
using Reader.Council.Answers;
using Reader.Council.Configuration;
using Reader.Council.Evidence;
using Reader.Core.Alignment;
using Reader.Core.Ingestion;
using Reader.Search;

namespace Reader.Cli.Commands;

/// <summary><c>reader ask</c>: answer a question about the article with citations, by a council of models or offline.</summary>
internal static class AskCommand
{
    public static Command Create(CliIo io)
    {
        var question = new Argument<string>("question") { Description = "The question, in English, Spanish, Portuguese, Chinese or Dutch" };
        var offline = new Option<bool>("--offline") { Description = "Answer without models, even when models are configured" };
        var json = CommonOptions.Json();
        var showStages = new Option<bool>("--show-stages") { Description = "Also show each member's answer and the peer rankings" };
        var config = new Option<string>("--config")
        {
            Description = "Council settings file (JSON with a 'council' object); READER_LLM_* variables override it",
            DefaultValueFactory = _ => CouncilSettings.DefaultFile,
        };
        var index = new Option<string>("--index")
        {
            Description = "Folder for the search index the evidence comes from (rebuilt when the corpus changes)",
            DefaultValueFactory = _ => SearchIndexOptions.DefaultFolder,
        };
        var command = new Command("ask", "Answer a question about the article with cited passages, by an LLM council or offline")
        {
            question, offline, json, showStages, config, index,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = QuestionValidator.Validate(parse.GetValue(question));
            var settings = parse.GetValue(offline) ? new CouncilSettings() : CouncilSettings.Load(parse.GetValue(config), Environment.GetEnvironmentVariable);
            var corpus = Ingestor.Ingest(parse.GetValue(CommonOptions.Content)!).Corpus;
            var groups = AlignedGroups.From(corpus, new Aligner().Align(corpus));
            using var searchIndex = SearchIndex.Open(corpus, groups, new SearchIndexOptions { Folder = parse.GetValue(index) });
            var council = CouncilFactory.ForIndex(searchIndex).Create(settings);
            var progress = council.Mode == "offline" ? null : new StderrProgress(io.Error);
            if (progress is not null)
            {
                io.Error.WriteLine($"asking {settings.Models.Count} models at {settings.ResolvedEndpoint} (chair {settings.ResolvedChair})");
            }

            CouncilAnswer answer;
            try
            {
                answer = await council.AskAsync(text, progress, cancellationToken);
            }
            catch (CouncilUnavailableException e)
            {
                io.Error.WriteLine($"error: {e.Message}");
                return ReaderCli.RuntimeFailure;
            }

            if (parse.GetValue(json))
            {
                Json.Write(io.Out, answer);
            }
            else
            {
                AnswerText.Write(io.Out, answer, parse.GetValue(showStages));
            }
            return ReaderCli.Ok;
        });
        return command;
    }

    /// <summary>Writes progress as it happens, in order; <see cref="Progress{T}"/> would post it later, after the result.</summary>
    private sealed class StderrProgress(TextWriter error) : IProgress<CouncilProgress>
    {
        private readonly Lock _lock = new();

        public void Report(CouncilProgress value)
        {
            lock (_lock)
            {
                error.WriteLine($"[{value.Stage}] {value.Message}");
            }
        }
    }

    /// <summary>The human form: the answer, its citations with quotes, and on request the council's stages.</summary>
    private static class AnswerText
    {
        public static void Write(TextWriter @out, CouncilAnswer answer, bool stages)
        {
            @out.WriteLine(answer.Answer);
            if (answer.Answerable)
            {
                @out.WriteLine();
                @out.WriteLine("Citations:");
                foreach (var citation in answer.Citations)
                {
                    @out.WriteLine($"  [{citation.Unit}] {citation.Lang}, {citation.Section}");
                    @out.WriteLine($"      \u201C{citation.Quote}\u201D");
                }
            }
            if (!stages)
            {
                return;
            }
            @out.WriteLine();
            @out.WriteLine($"Stage 1 \u2014 context: {answer.Stages.EvidenceUnits.Count} passages");
            @out.WriteLine($"Stage 2 \u2014 answers ({answer.Stages.Mode}):");
            foreach (var member in answer.Stages.Members)
            {
                var label = member.Label.Length > 0 ? $" ({member.Label})" : "";
                @out.WriteLine(member.Ok ? $"  {member.Member}{label}: {member.Answer}" : $"  {member.Member}: dropped \u2014 {member.Error}");
            }
            @out.WriteLine("Stage 3 \u2014 peer rankings (best first, own answer never ranked):");
            foreach (var ranking in answer.Stages.Rankings)
            {
                @out.WriteLine($"  {ranking.Reviewer}: {string.Join(" > ", ranking.Ranking)}");
            }
            @out.WriteLine("  aggregate: " + string.Join(", ", answer.Stages.Aggregate.Select(a => $"{a.Member} {a.AverageRank:0.##}")));
            var chair = answer.Stages.Chair;
            @out.WriteLine(chair.Ok
                ? $"Stage 4 \u2014 chair: {chair.Chair}"
                : $"Stage 4 \u2014 chair: {chair.Chair} failed ({chair.Error}); {chair.FallbackMember}'s answer stands");
        }
    }
}
