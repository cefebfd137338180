namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// The endpoints and accepted issuers that follow from the options: public cloud by default, another cloud (or a
/// loopback stand-in) when BotFramework:OpenIdMetadataUrl / TokenEndpoint say so. Pure, so the rules are tested alone.
/// </summary>
public sealed record CloudEndpoints(
    Uri ChannelMetadataUrl,
    Uri TokenEndpoint,
    Uri EntraMetadataUrl,
    string Scope,
    IReadOnlySet<string> EntraIssuers)
{
    public const string PublicChannelMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    // Azure Bot Service's own tenants (v3.1 and v3.2 tokens, and the Copilot one), whose Entra-issued tokens a bot accepts.
    private static readonly string[] PublicServiceTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];
    private const string GovernmentServiceTenant = "cab8a31a-1906-4287-a0d8-4eef66b95f6e";

    public static CloudEndpoints From(BotFrameworkOptions options)
    {
        var channelMetadata = new Uri(options.OpenIdMetadataUrl ?? PublicChannelMetadata);
        var tokenEndpoint = new Uri(options.TokenEndpoint ?? DefaultTokenEndpoint(options));
        var authority = AuthorityOf(tokenEndpoint);
        var entraMetadata = new Uri($"{authority}/v2.0/.well-known/openid-configuration");
        var loginHost = tokenEndpoint.Host;
        return new CloudEndpoints(channelMetadata, tokenEndpoint, entraMetadata, ScopeFor(loginHost), EntraIssuersFor(loginHost, options));
    }

    /// <summary>The token endpoint without /oauth2/v2.0/token: what MSAL calls the authority.</summary>
    public static string AuthorityOf(Uri tokenEndpoint)
    {
        var text = tokenEndpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        const string suffix = "/oauth2/v2.0/token";
        return text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? text[..^suffix.Length] : text;
    }

    private static string DefaultTokenEndpoint(BotFrameworkOptions options)
    {
        // Single-tenant (and managed-identity) bots get tokens from their own tenant; legacy multi-tenant ones from botframework.com.
        var tenant = options.BelongsToOwnTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? options.MicrosoftAppTenantId
            : "botframework.com";
        return $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    }

    private static string ScopeFor(string loginHost) => loginHost switch
    {
        _ when loginHost.EndsWith(".us", StringComparison.OrdinalIgnoreCase) => "https://api.botframework.us/.default",
        _ when loginHost.EndsWith(".cn", StringComparison.OrdinalIgnoreCase) => "https://api.botframework.azure.cn/.default",
        _ => "https://api.botframework.com/.default",
    };

    private static HashSet<string> EntraIssuersFor(string loginHost, BotFrameworkOptions options)
    {
        var government = loginHost.EndsWith(".us", StringComparison.OrdinalIgnoreCase);
        var v2Host = government ? "login.microsoftonline.us" : "login.microsoftonline.com";
        var tenants = government ? [GovernmentServiceTenant] : PublicServiceTenants.ToList();
        if (options.BelongsToOwnTenant && Guid.TryParse(options.MicrosoftAppTenantId, out _))
        {
            tenants.Add(options.MicrosoftAppTenantId!);
        }

        var issuers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers.Add($"https://sts.windows.net/{tenant}/");
            issuers.Add($"https://{v2Host}/{tenant}/v2.0");
        }

        return issuers;
    }
}
