using Reader.Core;
using Reader.Server.Http;

namespace Reader.Server.Tests;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:0/")]
    public void Loopback_addresses_are_not_exposed(string url)
    {
        var addresses = ListenAddresses.Parse(url);

        Assert.Equal([url], addresses.Urls);
        Assert.Empty(addresses.Exposed);
    }

    [Fact]
    public void Addresses_beyond_this_machine_are_reported_as_exposed()
    {
        var addresses = ListenAddresses.Parse("http://127.0.0.1:5080; http://0.0.0.0:5080;http://*:8080;http://[::]:80");

        Assert.Equal(4, addresses.Urls.Count);
        Assert.Equal(["http://0.0.0.0:5080", "http://*:8080", "http://[::]:80"], addresses.Exposed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://127.0.0.1:80/path")]
    [InlineData("http://[::1]")]
    public void Anything_but_http_host_port_is_bad_input(string urls) =>
        Assert.Throws<ReaderInputException>(() => ListenAddresses.Parse(urls));
}
