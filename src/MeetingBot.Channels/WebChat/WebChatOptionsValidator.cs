using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.WebChat;

internal sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var failures = new List<string>();
        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromHours(24))
            failures.Add($"{WebChatOptions.Section}:TokenLifetime must be between 00:01:00 and 24:00:00, not {options.TokenLifetime}.");
        if (options.SigningKey is { } key && key.Trim().Length < 32)
            failures.Add($"{WebChatOptions.Section}:SigningKey must be at least 32 characters (or unset for a random key per process).");
        if (options.MaxActivitiesPerConversation is < 10 or > 100_000)
            failures.Add($"{WebChatOptions.Section}:MaxActivitiesPerConversation must be between 10 and 100000.");
        if (options.MaxConversations is < 1 or > 1_000_000)
            failures.Add($"{WebChatOptions.Section}:MaxConversations must be between 1 and 1000000.");
        if (options.MaxBytesPerConversation is < 300 * 1024 or > 1L << 32)
            failures.Add($"{WebChatOptions.Section}:MaxBytesPerConversation must be between 307200 (one activity of the largest body) and 4294967296.");
        if (options.MaxTotalBytes < options.MaxBytesPerConversation)
            failures.Add($"{WebChatOptions.Section}:MaxTotalBytes must be at least MaxBytesPerConversation.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
