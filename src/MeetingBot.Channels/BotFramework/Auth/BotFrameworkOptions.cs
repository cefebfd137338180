namespace MeetingBot.Channels.BotFramework.Auth;

public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    /// <summary>The app id is a user-assigned managed identity's client id; outbound tokens come from the managed identity, with no secret.</summary>
    UserAssignedMSI,
}

/// <summary>
/// The bot's identity and the endpoints it trusts, under the keys Bot Framework samples use (MicrosoftAppId… at the
/// configuration root) plus a BotFramework section for other clouds and loopback stand-ins.
/// With no app id the bot runs in local development mode: unauthenticated, loopback callers only.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>SingleTenant (the default: new multi-tenant registrations are no longer allowed), MultiTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>BotFramework:OpenIdMetadataUrl: the channel's OpenID metadata (Azure Government, Azure China, a test stand-in).</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>BotFramework:TokenEndpoint: where outbound tokens come from (full URL ending in /oauth2/v2.0/token).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>BotFramework:TrustedServiceUrls: serviceUrls trusted for outbound calls before any activity arrived from them.</summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Single-tenant and managed-identity bots belong to MicrosoftAppTenantId: tokens are issued there.</summary>
    public bool BelongsToOwnTenant => AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI;

    public BotAppType AppType => Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type) ? type : BotAppType.SingleTenant;
}
