namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>The bearer token for calls to the Bot Connector; null in local development mode (no credentials).</summary>
public interface IConnectorTokenSource
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets a cached token the Connector refused (401), so the next call fetches a fresh one.</summary>
    void Invalidate();
}

/// <summary>Local development mode: calls go out without a token.</summary>
internal sealed class NoConnectorToken : IConnectorTokenSource
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public void Invalidate()
    {
    }
}
