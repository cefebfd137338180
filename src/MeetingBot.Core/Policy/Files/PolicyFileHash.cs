using System.Security.Cryptography;

namespace MeetingBot.Core.Policy.Files;

/// <summary>What names a file's content everywhere: the SHA-256 of its bytes, lower-case hex.</summary>
public static class PolicyFileHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
