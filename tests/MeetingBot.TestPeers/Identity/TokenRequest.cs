namespace MeetingBot.TestPeers.Identity;

/// <summary>One call to the token endpoint as the stub saw it; AccessToken is null when it was refused.</summary>
public sealed record TokenRequest(
    string Tenant,
    string? ClientId,
    string? Scope,
    string? AccessToken,
    int Status,
    string? Error,
    DateTimeOffset At);
