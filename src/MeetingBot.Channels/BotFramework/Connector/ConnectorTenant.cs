namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// The tenant a Connector request is for, which picks its pacer: Teams' global limit is per app and tenant. It
/// follows the async flow like <see cref="ConnectorLane"/>; the sender sets it (in an async method, so it is undone
/// on return) from the conversation it writes to.
/// </summary>
public static class ConnectorTenant
{
    private static readonly AsyncLocal<string?> Flowing = new();

    /// <summary>The tenant of the request being made now; null when the conversation named none.</summary>
    public static string? Current
    {
        get => Flowing.Value;
        set => Flowing.Value = string.IsNullOrEmpty(value) ? null : value;
    }
}
