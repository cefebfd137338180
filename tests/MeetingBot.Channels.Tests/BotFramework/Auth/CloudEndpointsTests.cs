using MeetingBot.Channels.BotFramework.Auth;

namespace MeetingBot.Channels.Tests.BotFramework.Auth;

public sealed class CloudEndpointsTests
{
    private const string Tenant = "7d2c6b9a-1111-4a5b-8c9d-0e1f2a3b4c5d";

    [Fact]
    public void From_SingleTenantByDefault_TokensComeFromTheBotsTenant()
    {
        var endpoints = CloudEndpoints.From(new BotFrameworkOptions { MicrosoftAppId = "x", MicrosoftAppTenantId = Tenant });

        endpoints.TokenEndpoint.AbsoluteUri.Should().Be($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token");
        endpoints.ChannelMetadataUrl.AbsoluteUri.Should().Be("https://login.botframework.com/v1/.well-known/openidconfiguration");
        endpoints.EntraMetadataUrl.AbsoluteUri.Should().Be($"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration");
        endpoints.Scope.Should().Be("https://api.botframework.com/.default");
        endpoints.EntraIssuers.Should().Contain([$"https://sts.windows.net/{Tenant}/", $"https://login.microsoftonline.com/{Tenant}/v2.0"]);
    }

    [Fact]
    public void From_MultiTenant_TokensComeFromBotframeworkCom_AndTheOwnTenantIsNotAnIssuer()
    {
        var endpoints = CloudEndpoints.From(new BotFrameworkOptions { MicrosoftAppId = "x", MicrosoftAppType = "MultiTenant", MicrosoftAppTenantId = Tenant });

        endpoints.TokenEndpoint.AbsoluteUri.Should().Be("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");
        endpoints.EntraIssuers.Should().NotContain(i => i.Contains(Tenant));
        endpoints.EntraIssuers.Should().Contain([
            "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
            "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0"]);
    }

    [Fact]
    public void From_AzureGovernmentEndpoints_UseTheGovernmentScopeAndServiceTenant()
    {
        var endpoints = CloudEndpoints.From(new BotFrameworkOptions
        {
            MicrosoftAppId = "x",
            MicrosoftAppTenantId = Tenant,
            OpenIdMetadataUrl = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
            TokenEndpoint = $"https://login.microsoftonline.us/{Tenant}/oauth2/v2.0/token",
        });

        endpoints.Scope.Should().Be("https://api.botframework.us/.default");
        endpoints.EntraMetadataUrl.Host.Should().Be("login.microsoftonline.us");
        endpoints.EntraIssuers.Should().Contain("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0");
        endpoints.EntraIssuers.Should().NotContain(i => i.Contains("d6d49420"));
    }

    [Fact]
    public void From_AzureChinaTokenEndpoint_UsesTheChinaScope()
    {
        var endpoints = CloudEndpoints.From(new BotFrameworkOptions { TokenEndpoint = $"https://login.chinacloudapi.cn/{Tenant}/oauth2/v2.0/token" });

        endpoints.Scope.Should().Be("https://api.botframework.azure.cn/.default");
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token", "https://login.microsoftonline.com/contoso.onmicrosoft.com")]
    [InlineData("http://127.0.0.1:5000/tenant/oauth2/v2.0/token", "http://127.0.0.1:5000/tenant")]
    public void AuthorityOf_TokenEndpoint_DropsTheTokenPath(string endpoint, string authority)
    {
        CloudEndpoints.AuthorityOf(new Uri(endpoint)).Should().Be(authority);
    }
}
