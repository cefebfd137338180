using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// Outbound tokens of a <c>UserAssignedMSI</c> bot: MSAL's managed identity support asks the platform's endpoint
/// (App Service and Container Apps: IDENTITY_ENDPOINT with IDENTITY_HEADER; a VM: IMDS) for a token of the
/// identity whose client id is the bot's app id, for the Bot Connector's resource. No secret exists anywhere.
/// MSAL caches the token in the application object until shortly before it expires.
/// </summary>
internal sealed class ManagedIdentityTokenSource : IConnectorTokenSource
{
    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;
    private volatile bool _forceRefresh;

    public ManagedIdentityTokenSource(BotFrameworkOptions options, CloudEndpoints endpoints)
    {
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId!)).Build();
        // A managed identity is asked for a resource, not a scope: "https://api.botframework.com/.default" → "https://api.botframework.com".
        _resource = endpoints.Scope.EndsWith("/.default", StringComparison.Ordinal) ? endpoints.Scope[..^"/.default".Length] : endpoints.Scope;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var force = _forceRefresh;
        Microsoft.Identity.Client.AuthenticationResult result;
        try
        {
            result = await _application.AcquireTokenForManagedIdentity(_resource).WithForceRefresh(force).ExecuteAsync(cancellationToken);
        }
        catch (MsalServiceException e)
        {
            throw new ConnectorTokenException($"the managed identity endpoint refused a token for {_resource} ({e.StatusCode} {e.ErrorCode})");
        }
        catch (MsalClientException e)
        {
            throw new ConnectorTokenException($"no managed identity token for {_resource}: {e.ErrorCode}");
        }
        if (force) _forceRefresh = false;
        return result.AccessToken;
    }

    public void Invalidate() => _forceRefresh = true;
}
