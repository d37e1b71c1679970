using Reader.Council.Configuration;
using Reader.Core;

namespace Reader.Council.Tests.Configuration;

public sealed class CouncilSettingsTests
{
    [Fact]
    public void NothingConfiguredMeansOffline()
    {
        var settings = CouncilSettings.Load(null, _ => null);

        Assert.False(settings.UsesModels);
    }

    [Fact]
    public void TheEnvironmentOverridesTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reader-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"council":{"endpoint":"http://file:1/v1","models":["a","b"],"chair":"a","timeoutSeconds":5}}""");
        try
        {
            var env = new Dictionary<string, string> { ["READER_COUNCIL_MODELS"] = "x, y ,z", ["READER_LLM_KEY"] = "k" };
            var settings = CouncilSettings.Load(file, env.GetValueOrDefault);

            Assert.True(settings.UsesModels);
            Assert.Equal("http://file:1/v1", settings.ResolvedEndpoint);
            Assert.Equal(["x", "y", "z"], settings.Models);
            Assert.Equal("a", settings.ResolvedChair);
            Assert.Equal("k", settings.Key);
            Assert.Equal(5, settings.TimeoutSeconds);
            Assert.Equal("openai", settings.ResolvedProvider);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ModelsWithoutEndpointOrKeyMeanALocalOllama()
    {
        var settings = CouncilSettings.Load(null, new Dictionary<string, string> { ["READER_COUNCIL_MODELS"] = "llama3" }.GetValueOrDefault);

        Assert.Equal(CouncilSettings.OllamaEndpoint, settings.ResolvedEndpoint);
        Assert.Equal("ollama", settings.ResolvedProvider);
        Assert.Equal("llama3", settings.ResolvedChair);
    }

    [Fact]
    public void AnEndpointWithoutModelsIsBadInput()
    {
        var error = Assert.Throws<ReaderInputException>(() =>
            CouncilSettings.Load(null, new Dictionary<string, string> { ["READER_LLM_ENDPOINT"] = "http://x:1" }.GetValueOrDefault));

        Assert.Contains("READER_COUNCIL_MODELS", error.Message);
    }
}
