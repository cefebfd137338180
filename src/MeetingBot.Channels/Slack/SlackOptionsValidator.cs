using MeetingBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Slack;

/// <summary>Stops start-up on Slack settings that cannot work, naming the key and what is valid.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (!options.Enabled)
        {
            if (!string.IsNullOrWhiteSpace(options.AppToken) || !string.IsNullOrWhiteSpace(options.SigningSecret))
                errors.Add("Slack:BotToken is missing; Slack is configured (Slack:SigningSecret or Slack:AppToken is set) but every answer needs the bot token (xoxb-…).");
            return Result(errors);
        }

        if (!options.BotToken!.Trim().StartsWith("xoxb-", StringComparison.Ordinal))
            errors.Add("Slack:BotToken does not start with 'xoxb-'; it must be the app's Bot User OAuth Token (OAuth & Permissions page).");
        if (!string.IsNullOrWhiteSpace(options.AppToken) && !options.AppToken.Trim().StartsWith("xapp-", StringComparison.Ordinal))
            errors.Add("Slack:AppToken does not start with 'xapp-'; it must be an app-level token with connections:write (Basic Information page), or be left out.");
        if (string.IsNullOrWhiteSpace(options.SigningSecret) && string.IsNullOrWhiteSpace(options.AppToken))
            errors.Add("Slack:SigningSecret is missing; it verifies the requests Slack sends to /api/slack/* (Basic Information page). Set it, or Slack:AppToken for Socket Mode.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || !SecureUrl.IsAcceptable(api))
            errors.Add($"Slack:ApiBaseUrl is '{options.ApiBaseUrl}'; it must be an absolute https URL (plain http only for loopback addresses), by default {SlackOptions.DefaultApiBaseUrl}.");
        if (options.MaxClockSkewSeconds is < 1 or > 300)
            errors.Add($"Slack:MaxClockSkewSeconds is {options.MaxClockSkewSeconds}; it must be from 1 to 300 (Slack's own window is five minutes).");
        if (options.MaxRetries is < 0 or > 10)
            errors.Add($"Slack:MaxRetries is {options.MaxRetries}; it must be from 0 to 10.");
        if (options.MaxRetryAfterSeconds is < 1 or > 600)
            errors.Add($"Slack:MaxRetryAfterSeconds is {options.MaxRetryAfterSeconds}; it must be from 1 to 600.");
        if (options.WorkspacePostsPerMinute is < 10 or > 10_000)
            errors.Add($"Slack:WorkspacePostsPerMinute is {options.WorkspacePostsPerMinute}; it must be from 10 to 10000 (Slack allows several hundred a minute per workspace).");
        return Result(errors);
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
