using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Storage;

/// <summary>Stops start-up on a bad <c>Storage</c> setting, naming the key and what would be valid.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static IEnumerable<string> Check(StorageOptions options)
    {
        if (!Enum.TryParse<StorageProvider>(options.Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider) || int.TryParse(options.Provider, out _))
        {
            yield return $"Storage:Provider is '{options.Provider}'; valid values are {string.Join(", ", Enum.GetNames<StorageProvider>())}.";
            yield break;
        }

        if (options.BackgroundConcurrency is < 1 or > 256)
            yield return $"Storage:BackgroundConcurrency is {options.BackgroundConcurrency}; it must be 1 to 256 (background store calls in flight at once while no person's is; default 4).";
        if (options.BackgroundHoldOffMilliseconds is < 0 or > 60_000)
            yield return $"Storage:BackgroundHoldOffMilliseconds is {options.BackgroundHoldOffMilliseconds}; it must be 0 to 60000 (how long after a person's store call background work goes one call at a time; default 100).";

        if (provider == StorageProvider.AzureTables)
        {
            var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
            var hasEndpoint = !string.IsNullOrWhiteSpace(options.TableEndpoint);
            if (hasConnectionString && hasEndpoint)
                yield return "Storage:ConnectionString and Storage:TableEndpoint are both set; set one: the connection string (with its key), or the table endpoint reached with a managed identity.";
            else if (!hasConnectionString && !hasEndpoint)
                yield return "Storage:ConnectionString or Storage:TableEndpoint is required when Storage:Provider is AzureTables (for Azurite: UseDevelopmentStorage=true; in Azure: https://<account>.table.core.windows.net/ with a managed identity).";
            else if (hasEndpoint && !IsHttpsUrl(options.TableEndpoint!))
                yield return $"Storage:TableEndpoint is '{options.TableEndpoint}'; it must be an absolute https URL such as https://<account>.table.core.windows.net/ (tokens are never sent over plain http).";
            else if (hasConnectionString && !LooksLikeConnectionString(options.ConnectionString!))
                yield return "Storage:ConnectionString is not an Azure Storage connection string (expected 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;TableEndpoint=…').";
            if (!IsTableName(options.TableName))
                yield return $"Storage:TableName is '{options.TableName}'; a table name has 3 to 63 letters or digits, starting with a letter.";
        }
        else if (string.IsNullOrWhiteSpace(options.DataPath) || options.DataPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return $"Storage:DataPath is '{options.DataPath}'; it must be a folder path (default 'data').";
        }
    }

    private static bool LooksLikeConnectionString(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries).All(part => part.Contains('='))
        && (value.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            || value.Contains("AccountName=", StringComparison.OrdinalIgnoreCase)
            || value.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase)
            || value.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase));

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private static bool IsTableName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
