using Microsoft.Identity.Client;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// Client-credentials tokens from Microsoft.Identity.Client. One application object for the bot's lifetime: MSAL's
/// app-token cache lives in it, so AcquireTokenForClient answers from the cache until shortly before expiry.
/// </summary>
internal sealed class MsalTokenSource : IConnectorTokenSource
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;
    private volatile bool _forceRefresh;

    public MsalTokenSource(BotFrameworkOptions options, CloudEndpoints endpoints, IMsalHttpClientFactory? httpClientFactory = null)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(CloudEndpoints.AuthorityOf(endpoints.TokenEndpoint), validateAuthority: false);
        if (httpClientFactory is not null) builder = builder.WithHttpClientFactory(httpClientFactory);
        _application = builder.Build();
        _scopes = [endpoints.Scope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var force = _forceRefresh;
        var result = await _application.AcquireTokenForClient(_scopes).WithForceRefresh(force).ExecuteAsync(cancellationToken);
        if (force) _forceRefresh = false;
        return result.AccessToken;
    }

    public void Invalidate() => _forceRefresh = true;
}
