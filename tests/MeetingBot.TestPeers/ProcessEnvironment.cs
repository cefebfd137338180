namespace MeetingBot.TestPeers;

/// <summary>
/// Sets process environment variables until disposed, then restores them: for what Azure's SDKs read only from the
/// environment (the managed identity endpoint). Tests using it belong to a collection named <see cref="Collection"/> that runs alone (DisableParallelization).
/// </summary>
public sealed class ProcessEnvironment : IDisposable
{
    public const string Collection = "Process environment (runs alone)";

    private readonly Dictionary<string, string?> previous = [];

    public ProcessEnvironment(IReadOnlyDictionary<string, string?> variables)
    {
        foreach (var (name, value) in variables)
        {
            previous[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>What App Service and Container Apps set for their managed identity endpoint.</summary>
    public static ProcessEnvironment ManagedIdentity(string endpoint, string header, string? azureClientId = null) => new(new Dictionary<string, string?>
    {
        ["IDENTITY_ENDPOINT"] = endpoint,
        ["IDENTITY_HEADER"] = header,
        // What Azure.Identity's DefaultAzureCredential reads for a user-assigned identity.
        ["AZURE_CLIENT_ID"] = azureClientId,
    });

    public void Dispose()
    {
        foreach (var (name, value) in previous) Environment.SetEnvironmentVariable(name, value);
    }
}
