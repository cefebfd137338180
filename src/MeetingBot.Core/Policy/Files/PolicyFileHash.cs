using System.Security.Cryptography;

namespace MeetingBot.Core.Policy.Files;

/// <summary>What names a file's content everywhere: the SHA-256 of its bytes, lower-case hex.</summary>
public static class PolicyFileHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The key of a file held for <paramref name="holder"/>: the SHA-256 of the holder and the content's hash, so it is 64 hex digits too.</summary>
    public static string Held(string holder, byte[] content) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{holder}\n{Of(content)}")));
}
