using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.TestPeers.Identity;

/// <summary>
/// An RSA key pair that signs test tokens. Published keys appear in one of the stub's JWKS documents; the
/// others exist to produce tokens the bot must refuse (unknown key id, or a forged signature under a known id).
/// </summary>
public sealed class TestSigningKey
{
    internal TestSigningKey(string kid, RSA rsa, IReadOnlyList<string> endorsements, bool published)
    {
        Kid = kid;
        Rsa = rsa;
        Endorsements = endorsements;
        IsPublished = published;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
        SigningCredentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The key id written to token headers and to the JWKS.</summary>
    public string Kid { get; }

    /// <summary>The private key (2048 bits).</summary>
    public RSA Rsa { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>RS256 credentials over <see cref="SecurityKey"/>, for signing with Microsoft.IdentityModel directly.</summary>
    public SigningCredentials SigningCredentials { get; }

    /// <summary>Channel ids the JWKS lists under this key's <c>endorsements</c>; empty for keys without any.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>Whether the key was published in a JWKS when it was made (retiring it does not change this).</summary>
    public bool IsPublished { get; }

    internal static TestSigningKey Create(string kid, IReadOnlyList<string> endorsements, bool published)
    {
        var rsa = RSA.Create(2048);
        // Some platforms generate the pair lazily; pay for it here rather than inside the first timed request.
        rsa.ExportParameters(includePrivateParameters: false);
        return new(kid, rsa, endorsements, published);
    }

    internal static string NewKid() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    /// <summary>The public half as a JWK (kty, use, kid, n, e), as the JWKS serves it.</summary>
    public JsonWebKey ToPublicJsonWebKey()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.RSA,
            Use = JsonWebKeyUseNames.Sig,
            Kid = Kid,
            N = Base64UrlEncoder.Encode(parameters.Modulus),
            E = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
