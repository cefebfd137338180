using MeetingBot.Channels.BotFramework.Auth;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

public sealed class BotFrameworkOptionsValidatorTests
{
    private static readonly BotFrameworkOptionsValidator Validator = new();

    [Fact]
    public void Validate_NoAppId_IsLocalDevelopmentAndValid()
    {
        Validator.Validate(null, new BotFrameworkOptions()).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("http://127.0.0.1:1234/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://localhost:1234/x", true)]
    [InlineData("http://[::1]:1234/x", true)]
    [InlineData("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.5/x", false)]
    [InlineData("ftp://127.0.0.1/x", false)]
    [InlineData("/relative", false)]
    public void Validate_MetadataUrl_HttpsOrLoopbackHttpOnly(string url, bool valid)
    {
        var result = Validator.Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url });

        result.Succeeded.Should().Be(valid);
        if (!valid) result.FailureMessage.Should().Contain("BotFramework:OpenIdMetadataUrl");
    }

    [Fact]
    public void Validate_AppIdWithEverythingMissing_NamesEachKey()
    {
        var result = Validator.Validate(null, new BotFrameworkOptions { MicrosoftAppId = "not-a-guid", MicrosoftAppType = "Legacy" });

        result.FailureMessage.Should().Contain("MicrosoftAppId is 'not-a-guid'")
            .And.Contain("MicrosoftAppPassword is missing")
            .And.Contain("MicrosoftAppType is 'Legacy'");
    }
}
