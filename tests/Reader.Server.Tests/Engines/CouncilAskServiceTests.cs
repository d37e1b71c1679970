using Reader.Core;
using Reader.Council;
using Reader.Council.Configuration;
using Reader.Search;
using Reader.Search.Grouping;
using Reader.Server.Asking;
using Reader.Server.Engines;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests.Engines;

public sealed class CouncilAskServiceTests : IDisposable
{
    private readonly SearchIndex _index;

    public CouncilAskServiceTests()
    {
        var corpus = TestCorpus.Create();
        var groups = UnitGroups.FromPartition(corpus, TestCorpus.Align().Groups.Select(g => (g.Id, (IEnumerable<string>)g.UnitIds)));
        _index = SearchIndex.Open(corpus, groups, SearchIndexOptions.InMemory);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task An_offline_answer_cites_only_units_of_the_corpus()
    {
        var service = new CouncilAskService(CouncilFactory.ForIndex(_index), new CouncilSettings());

        var answer = await service.AskAsync(new AskQuestion("What is reinforcement learning from verifiable rewards?", true), null, CancellationToken.None);

        Assert.Equal("offline", service.Mode);
        Assert.All(answer.Citations, c => Assert.True(_index.Corpus.TryGetUnit(c.Unit, out _), c.Unit));
        Assert.Equal("What is reinforcement learning from verifiable rewards?", answer.Question);
        Assert.NotNull(answer.Stages);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("a\u0001b")]
    public async Task An_unusable_question_is_bad_input(string question)
    {
        var service = new CouncilAskService(CouncilFactory.ForIndex(_index), new CouncilSettings());

        await Assert.ThrowsAsync<ReaderInputException>(() => service.AskAsync(new AskQuestion(question, true), null, CancellationToken.None));
    }

    [Fact]
    public async Task An_unreachable_model_endpoint_is_reported_with_its_address_and_the_offline_way_out()
    {
        var settings = new CouncilSettings { Endpoint = "http://127.0.0.1:9/v1", Models = ["m1", "m2"], TimeoutSeconds = 2, Retries = 0 };
        var service = new CouncilAskService(CouncilFactory.ForIndex(_index), settings);

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(
            () => service.AskAsync(new AskQuestion("What is RLVR?", false), null, CancellationToken.None));

        Assert.Contains("127.0.0.1:9", error.Message);
        Assert.Contains("\"offline\": true", error.Message);
        Assert.DoesNotContain("--offline", error.Message);
    }

    [Fact]
    public async Task Offline_questions_never_reach_configured_models()
    {
        var settings = new CouncilSettings { Endpoint = "http://127.0.0.1:9/v1", Models = ["m1"], TimeoutSeconds = 2, Retries = 0 };
        var service = new CouncilAskService(CouncilFactory.ForIndex(_index), settings);

        var answer = await service.AskAsync(new AskQuestion("What is RLVR?", true), null, CancellationToken.None);

        Assert.Equal("models", service.Mode);
        Assert.NotNull(answer);
    }
}
