using System.Net;
using Reader.Server.Tests.Support;

namespace Reader.Server.Tests;

public sealed class ErrorResponseTests
{
    [Fact]
    public async Task A_crash_inside_an_endpoint_gets_500_problem_json_without_its_message_or_trace()
    {
        await using var server = await ServerHarness.StartAsync();
        server.Search.Failure = new InvalidOperationException("connection string Password=hunter2");

        var response = await server.Client.GetAsync("/api/search?q=x");

        var problem = await Problem.AssertAsync(response, 500);
        Assert.Equal("The server failed to answer this request.", Problem.Detail(problem));
        Assert.DoesNotContain("hunter2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_development_environment_variable_does_not_turn_on_the_exception_page()
    {
        var previous = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", "Development");
        try
        {
            await using var server = await ServerHarness.StartAsync();
            server.Search.Failure = new InvalidOperationException("internal detail");

            var response = await server.Client.GetAsync("/api/search?q=x");

            await Problem.AssertAsync(response, 500);
            Assert.DoesNotContain("internal detail", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", previous);
        }
    }

    [Theory]
    [InlineData("/api/nothing", 404)]
    [InlineData("/api/compare", 404)]
    [InlineData("/healthz/extra", 404)]
    public async Task Unknown_api_routes_get_problem_json_not_the_site_page(string path, int status)
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.Client.GetAsync(path);

        await Problem.AssertAsync(response, status);
    }

    [Fact]
    public async Task Post_to_search_gets_405()
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.Client.PostAsync("/api/search?q=x", new StringContent("{}"));

        await Problem.AssertAsync(response, 405);
    }

    [Fact]
    public void A_missing_site_folder_is_refused_at_build_time_as_bad_input()
    {
        var options = new ReaderServerOptions
        {
            SiteDirectory = Path.Combine(ServerHarness.FixturesDirectory, "no-such-site"),
            LoadBackend = _ => throw new InvalidOperationException("never loaded"),
        };

        var error = Assert.Throws<Reader.Core.ReaderInputException>(() => ReaderServer.Build(options));

        Assert.Contains("no-such-site", error.Message);
    }
}
