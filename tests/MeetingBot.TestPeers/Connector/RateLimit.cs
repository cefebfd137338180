namespace MeetingBot.TestPeers.Connector;

/// <summary>At most Count requests in any sliding Window.</summary>
public sealed record RateLimit(int Count, TimeSpan Window);
