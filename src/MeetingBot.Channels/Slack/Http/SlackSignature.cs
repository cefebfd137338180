using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Channels.Slack.Http;

public enum SignatureCheck { Valid, Missing, Malformed, Stale, Future, Mismatch }

/// <summary>
/// Slack's request signature: <c>X-Slack-Signature</c> = <c>v0=</c> + hex HMAC-SHA256 of
/// <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c> under the signing secret. A timestamp further than the allowed
/// skew from now, in the past (a replay) or in the future, is refused whatever the signature says; the comparison
/// is in constant time, so a forger learns nothing from how long a refusal takes.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const string Version = "v0";

    public static SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxSkew)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.Missing;
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.Malformed;
        if (!signature.StartsWith(Version + "=", StringComparison.Ordinal) || signature.Length != Version.Length + 1 + 64)
            return SignatureCheck.Malformed;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(Version.Length + 1));
        }
        catch (FormatException)
        {
            return SignatureCheck.Malformed;
        }

        var age = now.ToUnixTimeSeconds() - seconds;
        if (age > maxSkew.TotalSeconds) return SignatureCheck.Stale;
        if (-age > maxSkew.TotalSeconds) return SignatureCheck.Future;
        return CryptographicOperations.FixedTimeEquals(Compute(signingSecret, timestamp, body), given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The signature Slack would send for this body at this time (for tests and the Socket Mode stand-in).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Version + "=" + Convert.ToHexStringLower(Compute(signingSecret, timestamp, body));

    private static byte[] Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret.Trim()), message);
    }
}
