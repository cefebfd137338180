using MeetingBot.TestPeers.Connector;
using MeetingBot.TestPeers.Hosting;
using MeetingBot.TestPeers.Identity;

namespace MeetingBot.ChannelBench.Peers;

/// <summary>
/// Microsoft's side of a Teams turn, on loopback in this process: the identity provider that signs the channel's
/// tokens and the bot's Connector tokens, and the Bot Connector that receives the replies. The host is pointed at
/// them with the same settings the Teams channel tests use.
/// </summary>
public sealed class BotPeers : IAsyncDisposable
{
    public const string AppId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    public const string Tenant = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    private const string Secret = "bench-secret";

    private BotPeers(StubIdentityProvider identity, StubConnector connector)
    {
        Identity = identity;
        Connector = connector;
    }

    public StubIdentityProvider Identity { get; }
    public StubConnector Connector { get; }

    public static async Task<BotPeers> StartAsync()
    {
        var identity = await StubIdentityProvider.StartAsync();
        identity.RegisterClient(AppId, Secret);
        var connector = await StubConnector.StartAsync();
        // Under load only the count matters; keeping every reply's body would grow this process by the megabyte.
        connector.RecordBodies = false;
        return new BotPeers(identity, connector);
    }

    /// <summary>The bot's settings as environment variables (':' written '__').</summary>
    public IReadOnlyDictionary<string, string> HostSettings() => new Dictionary<string, string>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = Secret,
        ["MicrosoftAppTenantId"] = Tenant,
        ["BotFramework__OpenIdMetadataUrl"] = Identity.BotFrameworkMetadataUrl,
        ["BotFramework__TokenEndpoint"] = Identity.TokenEndpoint(Tenant),
    };

    /// <summary>A channel token for every turn of the run, valid for an hour as the channel's tokens are.</summary>
    public string IssueChannelToken() =>
        Identity.IssueChannelToken(new ChannelTokenSpec(AppId, Connector.ServiceUrl) { Expires = WallClock.Now.AddHours(1) });

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
