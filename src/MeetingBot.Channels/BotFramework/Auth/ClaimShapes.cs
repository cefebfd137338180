using System.Buffers.Text;
using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;

namespace MeetingBot.Channels.BotFramework.Auth;

/// <summary>
/// The JSON kinds of the claims the bot relies on, read from the token's own payload: the token library reads an
/// <c>exp</c> written as a string or a fraction as a time and a <c>serviceurl</c> array as several claims, which no
/// issuer the bot trusts ever sends. The times must be whole numbers of seconds, the serviceurl one string, and
/// no claim may be named twice.
/// </summary>
internal static class ClaimShapes
{
    private static readonly string[] Times = ["exp", "nbf", "iat"];
    private static readonly string[] Texts = ["iss", "serviceurl", "appid", "azp", "ver"];
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>Why the payload's shape is not acceptable; null when it is.</summary>
    public static string? Problem(JwtSecurityToken token)
    {
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.RawPayload), Options);
            if (payload.RootElement.ValueKind != JsonValueKind.Object) return "the token's payload is not a JSON object";
            foreach (var name in Times)
            {
                if (payload.RootElement.TryGetProperty(name, out var time) && !(time.ValueKind == JsonValueKind.Number && time.TryGetInt64(out _)))
                    return $"the token's '{name}' is not a whole number of seconds";
            }

            foreach (var name in Texts)
            {
                if (payload.RootElement.TryGetProperty(name, out var text) && text.ValueKind != JsonValueKind.String)
                    return $"the token's '{name}' is not a single string";
            }

            return payload.RootElement.TryGetProperty("exp", out _) ? null : "the token has no expiry";
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return "the token's payload is not well-formed JSON";
        }
    }
}
