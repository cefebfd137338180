using Microsoft.Extensions.Options;

namespace MeetingBot.Channels.Files;

/// <summary>Stops start-up on a setting that would give broken or guessable links, naming the key.</summary>
internal sealed class FileLinkOptionsValidator : IValidateOptions<FileLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, FileLinkOptions options)
    {
        var errors = new List<string>();
        if (options.LinkSigningKey is { } key && key.Trim().Length < FileLinkOptions.MinKeyLength)
            errors.Add($"{FileLinkOptions.Section}:LinkSigningKey is too short: use at least {FileLinkOptions.MinKeyLength} random characters (or leave it unset)");
        if (!string.IsNullOrWhiteSpace(options.PublicUrl)
            && (!Uri.TryCreate(options.PublicUrl.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(url.Query)))
            errors.Add($"{FileLinkOptions.Section}:PublicUrl is '{options.PublicUrl}': it must be an absolute http(s) URL without a query, e.g. https://meetingbot.example.com/");
        if (options.FileLinkLifetime <= TimeSpan.Zero || options.FileLinkLifetime > TimeSpan.FromDays(366))
            errors.Add($"{FileLinkOptions.Section}:FileLinkLifetime is {options.FileLinkLifetime}: it must be more than zero and at most 366 days");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
