using MeetingBot.Host.Extensions;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Host.Tests.Extensions;

public sealed class DefaultUrlsTests
{
    [Fact]
    public void When_NothingConfigured_ListensOnLocalhost3978() =>
        DefaultUrls.When(Configuration()).Should().Be("http://localhost:3978");

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    public void When_ListenAddressConfigured_LeavesItAlone(string key, string value) =>
        DefaultUrls.When(Configuration((key, value))).Should().BeNull();

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
