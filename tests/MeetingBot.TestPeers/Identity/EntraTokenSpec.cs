namespace MeetingBot.TestPeers.Identity;

/// <summary>
/// A token issued by Entra ID, as the Emulator and skills send: <c>ver</c> "1.0" carries the caller's app id in
/// <c>appid</c>, "2.0" in <c>azp</c>; <c>tid</c> is TenantId, or else the tenant named in the issuer's path.
/// </summary>
public sealed record EntraTokenSpec(string Audience, string Issuer, string Version, string AppId) : TestTokenSpec
{
    public string? TenantId { get; init; }

    internal string ResolveTenantId() =>
        TenantId ?? (Uri.TryCreate(Issuer, UriKind.Absolute, out var issuer) && issuer.Segments.Length > 1
            ? issuer.Segments[1].TrimEnd('/')
            : "botframework.com");
}
