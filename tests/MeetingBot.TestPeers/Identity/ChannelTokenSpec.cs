namespace MeetingBot.TestPeers.Identity;

/// <summary>
/// A token as the Bot Framework channel service sends it with each activity: <c>iss</c>, <c>aud</c> (the bot's app
/// id), <c>nbf</c>, <c>exp</c> and the lower-case <c>serviceurl</c> claim (left out when ServiceUrl is null).
/// </summary>
public sealed record ChannelTokenSpec(string Audience, string? ServiceUrl) : TestTokenSpec
{
    public string Issuer { get; init; } = StubIdentityProvider.BotFrameworkIssuer;
}
