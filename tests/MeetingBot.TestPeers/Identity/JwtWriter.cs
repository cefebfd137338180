using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.TestPeers.Identity;

/// <summary>
/// Writes compact JWS tokens by hand rather than through a token handler: the handlers refuse or repair the very
/// tokens tests need (expired, not yet valid, exp before nbf, unsigned), and here every header and claim is exactly
/// what the test asked for.
/// </summary>
internal static class JwtWriter
{
    public static string Write(TestTokenSpec spec, TestSigningKey key, JsonObject claims)
    {
        var now = DateTimeOffset.UtcNow;
        claims["nbf"] = (spec.NotBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds();
        claims["exp"] = (spec.Expires ?? now.AddHours(1)).ToUnixTimeSeconds();
        claims["iat"] = Math.Min(now.ToUnixTimeSeconds(), claims["nbf"]!.GetValue<long>());
        if (spec.ExtraClaims is not null)
            foreach (var (name, value) in spec.ExtraClaims)
                claims[name] = JsonSerializer.SerializeToNode(value, value.GetType());

        var header = new JsonObject { ["alg"] = spec.Algorithm, ["kid"] = key.Kid, ["typ"] = "JWT" };
        var signingInput = Encode(header) + "." + Encode(claims);
        var signature = spec.Algorithm == "none"
            ? ""
            : Base64UrlEncoder.Encode(key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashFor(spec.Algorithm), RSASignaturePadding.Pkcs1));
        return signingInput + "." + signature;
    }

    private static string Encode(JsonObject part) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(part.ToJsonString()));

    private static HashAlgorithmName HashFor(string algorithm) => algorithm switch
    {
        "RS256" => HashAlgorithmName.SHA256,
        "RS384" => HashAlgorithmName.SHA384,
        "RS512" => HashAlgorithmName.SHA512,
        _ => throw new ArgumentException($"Test tokens are signed with RS256, RS384, RS512 or \"none\", not {algorithm}.", nameof(algorithm)),
    };
}
