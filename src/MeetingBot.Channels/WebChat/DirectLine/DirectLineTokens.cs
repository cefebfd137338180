using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>Who a valid token speaks for: one conversation, one user, until it expires.</summary>
public sealed record DirectLineClaims(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);

public enum TokenStatus { Valid, Missing, Malformed, Forged, Expired }

public sealed record TokenCheck(TokenStatus Status, DirectLineClaims? Claims = null);

/// <summary>
/// Direct Line tokens: a base64url JSON payload (conversation, user, expiry, a nonce) and an HMAC-SHA256 over it.
/// Stateless, so refresh needs no store; bound to one conversation, so a token cannot read or write another.
/// </summary>
public sealed class DirectLineTokens(byte[] key, TimeSpan lifetime, TimeProvider time)
{
    private const int MaxTokenLength = 2_048;
    private static readonly byte[] KeyInfo = "MeetingBot Direct Line tokens v1"u8.ToArray();

    public TimeSpan Lifetime => lifetime;

    public static byte[] DeriveKey(string secret) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret.Trim()), 32, salt: null, info: KeyInfo);

    public string Issue(string conversationId, string userId, string? userName)
    {
        var payload = new JsonObject
        {
            ["c"] = conversationId,
            ["u"] = userId,
            ["n"] = userName,
            ["e"] = (time.GetUtcNow() + lifetime).ToUnixTimeSeconds(),
            ["j"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)),
        };
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return body + "." + Base64Url.EncodeToString(Sign(body));
    }

    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return new TokenCheck(TokenStatus.Missing);
        var dot = token.IndexOf('.');
        if (token.Length > MaxTokenLength || dot <= 0 || dot != token.LastIndexOf('.')) return new TokenCheck(TokenStatus.Malformed);
        var body = token[..dot];
        var signature = token[(dot + 1)..];
        if (!Base64Url.IsValid(signature, out var length) || length != 32 || !Base64Url.IsValid(body)) return new TokenCheck(TokenStatus.Malformed);

        // Constant time: a forger must not learn how much of a guess was right.
        if (!CryptographicOperations.FixedTimeEquals(Sign(body), Base64Url.DecodeFromChars(signature))) return new TokenCheck(TokenStatus.Forged);
        if (Read(body) is not { } claims) return new TokenCheck(TokenStatus.Malformed);
        return time.GetUtcNow() >= claims.ExpiresAt ? new TokenCheck(TokenStatus.Expired, claims) : new TokenCheck(TokenStatus.Valid, claims);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));

    // Signed by us, but parsed defensively all the same: a leaked key must not crash the endpoint.
    private static DirectLineClaims? Read(string body)
    {
        try
        {
            if (JsonNode.Parse(Base64Url.DecodeFromChars(body)) is not JsonObject payload) return null;
            var conversation = payload["c"]?.GetValue<string>();
            var user = payload["u"]?.GetValue<string>();
            var expires = payload["e"]?.GetValue<long>();
            if (string.IsNullOrEmpty(conversation) || string.IsNullOrEmpty(user) || expires is null) return null;
            return new DirectLineClaims(conversation, user, payload["n"]?.GetValue<string>(), DateTimeOffset.FromUnixTimeSeconds(expires.Value));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
