namespace MeetingBot.Storage.PolicyFiles;

/// <summary>
/// Where the policy files live in the table (every partition starts with '|', which a joint meeting's id cannot):
/// <code>
/// partition                 row key                 body
/// |policy-held|{key}        c00000, c00001, …       {"d":"…"}  the held file's bytes, 192 KiB a row
/// |policy-held|{key}        held                    {"fileName","heldAt","length","chunks","sha"}  (key: PolicyFileHash.Held)
/// |policy-kept|{source}     {sha256}|c00000, …      {"d":"…"}  each version's bytes, under its own hash
/// |policy-kept|{source}     v00001, v00002, …       {"sha","length","chunks","keptAt"}  every version kept
/// |policy-kept|{source}     current                 the latest version's row, replaced with its ETag
/// |policy-files|            held|{key}              {"heldAt"}  to find expired previews without a table scan
/// |policy-files|            kept|{source}           {"sha","version"}  what every instance loads and polls
/// </code>
/// A file's head row (held, current) is written only after all its bytes are, so a reader that finds a head finds
/// the whole file; its hash is checked on reading.
/// </summary>
internal static class PolicyFileRows
{
    public const string IndexPartition = "|policy-files|";
    public const string HeldHead = "held";
    public const string KeptHead = "current";
    public const string HeldIndexPrefix = "held|";
    public const string KeptIndexPrefix = "kept|";

    public static string HeldPartition(string key) => "|policy-held|" + key;
    public static string KeptPartition(string sourceName) => "|policy-kept|" + sourceName;
    public static string HeldIndex(string key) => HeldIndexPrefix + key;
    public static string KeptIndex(string sourceName) => KeptIndexPrefix + sourceName;
    public static string KeptChunkPrefix(string sha) => sha + "|";
    public static string KeptVersion(int version) => $"v{version:D5}";

    /// <param name="Sha">The content's hash (null in rows held when a file's key was its content's hash).</param>
    public sealed record Held(string FileName, DateTimeOffset HeldAt, int Length, int Chunks, string? Sha = null);
    public sealed record HeldIndexRow(DateTimeOffset HeldAt);
    public sealed record Kept(string Sha, int Version, int Length, int Chunks, DateTimeOffset KeptAt);
    public sealed record KeptIndexRow(string Sha, int Version);
}
