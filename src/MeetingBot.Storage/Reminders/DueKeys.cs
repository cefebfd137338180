using System.Globalization;
using System.Security.Cryptography;

namespace MeetingBot.Storage.Reminders;

/// <summary>
/// The due index's rows. The authority is the mark in the joint meeting's own partition, written in the same atomic
/// batch as the change that makes it due. A sweep finds them through hints in one partition of their own, read with
/// one range query (an index seek on both engines); Azure batches are single-partition, so a hint cannot share the
/// change's batch: it is written AHEAD of it, and names the mark it stands for.
/// <code>
/// partition         row key
/// {jm id}           due|{utcTicks:D19}|c{random}    marked by a saved change (due at once)
/// {jm id}           due|{utcTicks:D19}|next         marked by the sweep that handled it: when its schedule next calls
/// {jm id}           due|{utcTicks:D19}|m{random}    named by a migration hint (the sweep inserts it, see below)
/// {jm id}           due|{utcTicks:D19}|l{random}    named by a look-again hint (new schedule inputs; inserted likewise)
/// |due|hints        {utcTicks:D19}|{tag}|{jm id}    the hint of the mark due|{utcTicks}|{tag} of that joint meeting
/// |due              hinted                          every joint meeting saved before the hints existed was hinted
/// |due              backfilled                      (older) every joint meeting saved before the marks was marked
/// |due              inputs|{fingerprint}            every joint meeting was given a look with these schedule inputs
/// </code>
/// Why nothing due can be missed, by construction: every mark has a hint at or before its instant, because
/// (1) a change writes its hint before the batch with its mark, and the sweep writes the next hint before the next
/// mark; (2) the sweep deletes a hint only once the mark it names exists (the sweep inserts the named mark when it is
/// missing: the change's batch, which inserts that same key, then fails whole and is retried with a new hint) and
/// was read before the joint meeting's state, so the state the sweep planned from holds that change. A crash between
/// a hint and its batch leaves a hint too many: one extra look at that joint meeting, harmless.
/// The joint meeting's working state ("jm", "m|", "r|", "p|") and its audit ("x|") never start with "due|".
/// </summary>
internal static class DueKeys
{
    public const string Prefix = "due|";
    public const string MetaPartition = "|due";
    public const string HintPartition = "|due|hints";
    public const string Backfilled = "backfilled";
    public const string Hinted = "hinted";
    private const int Digits = 19;

    public static string Changed(DateTimeOffset at) => Mark(at, "c" + RandomNumberGenerator.GetHexString(8, lowercase: true));

    public static string Next(DateTimeOffset at) => Mark(at, "next");

    public static string Migrated(DateTimeOffset at) => Mark(at, "m" + RandomNumberGenerator.GetHexString(8, lowercase: true));

    /// <summary>A mark for one more look with new schedule inputs: an ordinary mark, which the look inserts when it finds it missing.</summary>
    public static string LookAgain(DateTimeOffset at) => Mark(at, "l" + RandomNumberGenerator.GetHexString(8, lowercase: true));

    /// <summary>The meta row saying that every joint meeting was given a look with these schedule inputs.</summary>
    public static string Inputs(string fingerprint) => "inputs|" + fingerprint;

    /// <summary>The first key after every mark due at or before <paramref name="now"/>.</summary>
    public static string After(DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{now.UtcTicks + 1:D19}");

    /// <summary>The first hint key after every hint due at or before <paramref name="now"/>.</summary>
    public static string HintsAfter(DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture, $"{now.UtcTicks + 1:D19}");

    public static DateTimeOffset InstantOf(string markKey) =>
        new(long.Parse(markKey.AsSpan(Prefix.Length, Digits), CultureInfo.InvariantCulture), TimeSpan.Zero);

    /// <summary>The hint of the mark <paramref name="markKey"/> (a key of <see cref="Changed"/>, <see cref="Next"/> or <see cref="Migrated"/>).</summary>
    public static string Hint(string jointMeetingId, string markKey) => string.Concat(markKey.AsSpan(Prefix.Length), "|", jointMeetingId);

    /// <summary>The joint meeting, instant and mark a hint stands for.</summary>
    public static (string JointMeetingId, DateTimeOffset At, string MarkKey) ReadHint(string hintKey)
    {
        var tagEnd = hintKey.IndexOf('|', Digits + 1);
        var at = new DateTimeOffset(long.Parse(hintKey.AsSpan(0, Digits), CultureInfo.InvariantCulture), TimeSpan.Zero);
        return (hintKey[(tagEnd + 1)..], at, Prefix + hintKey[..tagEnd]);
    }

    public static bool IsMark(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Whether a mark is named by a migration hint (<see cref="Migrated"/>).</summary>
    public static bool IsMigrated(string markKey) => markKey.Length > Prefix.Length + Digits + 1 && markKey[Prefix.Length + Digits + 1] == 'm';

    private static string Mark(DateTimeOffset at, string tag) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{at.UtcTicks:D19}|{tag}");
}
