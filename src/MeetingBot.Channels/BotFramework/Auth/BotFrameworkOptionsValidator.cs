using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>Stops start-up on a configuration that cannot work, naming the key and what is valid.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType) && !Enum.TryParse<BotAppType>(options.MicrosoftAppType, true, out _))
        {
            errors.Add($"MicrosoftAppType is '{options.MicrosoftAppType}'; valid values are SingleTenant, MultiTenant, UserAssignedMSI.");
        }

        if (!options.IsDevelopmentMode)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
                errors.Add($"MicrosoftAppId is '{options.MicrosoftAppId}'; it must be the bot's Microsoft App ID (a GUID).");
            if (options.AppType == BotAppType.UserAssignedMSI)
            {
                if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                    errors.Add("MicrosoftAppPassword is set, but a UserAssignedMSI bot has no secret: its tokens come from the managed identity. Remove the password (or change MicrosoftAppType).");
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                    errors.Add("MicrosoftAppTenantId is missing; a UserAssignedMSI bot needs the tenant of its managed identity.");
            }
            else
            {
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                    errors.Add("MicrosoftAppPassword is missing; it is needed to send messages when MicrosoftAppId is set (or use MicrosoftAppType=UserAssignedMSI with a managed identity).");
                if (options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                    errors.Add("MicrosoftAppTenantId is missing; a SingleTenant bot gets its tokens from its own tenant (or set MicrosoftAppType to MultiTenant).");
            }
        }

        CheckUrl(errors, "BotFramework:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        CheckUrl(errors, "BotFramework:TokenEndpoint", options.TokenEndpoint);
        foreach (var url in options.TrustedServiceUrls) CheckUrl(errors, "BotFramework:TrustedServiceUrls", url);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !SecureUrl.IsAcceptable(uri))
        {
            errors.Add($"{key} is '{value}'; it must be an absolute https URL (plain http only for loopback addresses).");
        }
    }
}
