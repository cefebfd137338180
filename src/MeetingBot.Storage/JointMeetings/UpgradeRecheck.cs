using System.Globalization;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Storage.JointMeetings;

/// <summary>
/// Closes the rolling-upgrade gap of the lookup hints and the list. The hints are backfilled once per store
/// (<see cref="EntityJointMeetingLookup.BackfillHintsAsync"/>), but during a rolling upgrade instances of the version
/// before keep saving joint meetings without hints or list rows after that backfill ran: those changes would never be
/// found by a lookup or shown in the list.
/// <para>
/// How an old version's save is told apart, using only what that version writes: every change of who a joint meeting
/// is found by (creation, contacts, requests to join, bound conversations) is audited, and the audit rows of a save sit
/// in the joint meeting's partition under <c>x|{entry ticks}|{stored ticks}{8 random hex}{n}</c> (RowKeys.Audit). This
/// version writes the first of the eight as <see cref="Flag"/>, which is not hex: an audit row without it was saved by a
/// version that wrote no hints. So a re-check is one row-key range query of the audit rows since the last one (the
/// embedded engine seeks its row-key index; Azure Tables filters server-side), and work only for the joint meetings an
/// old version saved: their hints and list row written like the backfill does (only what is missing).
/// </para>
/// <para>
/// Bounded: re-checks run every <see cref="Every"/> and stop once no old version's save was seen for
/// <see cref="QuietFor"/> after the backfill (an upgrade takes minutes; a day is the margin). Each covers the audit since
/// the previous one's start less <see cref="LookupHints.SettleTime"/> (an entry's time is taken before its save commits,
/// on another instance's clock), so a save cannot fall between two; the first reaches <see cref="QuietFor"/> behind the
/// backfill (which passes by joint meetings this version created, and an old instance may have saved one before it ran).
/// Several instances may re-check at once: the work is idempotent, where they stood is one row changed on its ETag, and
/// an instance passes its turn when another re-checked less than half a period ago.
/// The cost: a range query across partitions a minute (on Azure Tables a server-side scan, the kind the old version's
/// own sweep makes every minute), for a day; an old instance left running a day without saving, then saving, is not
/// covered (an upgrade is expected to end within the day).
/// </para>
/// The same re-check gives each joint meeting an old version saved a due hint (that version wrote none either), so the
/// reminder sweep looks at it at once.
/// </summary>
public static class UpgradeRecheck
{
    /// <summary>The first of the audit key's random characters when this version saved: a version before never writes it (hex only).</summary>
    internal const char Flag = 'h';

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan QuietFor = TimeSpan.FromDays(1);

    /// <summary>The row of the store's meta partition that says where re-checks stand.</summary>
    internal const string StateRow = "recheck";

    // x|{entry ticks:D19}|{stored ticks:D19}{flag}
    private const int FlagAt = 2 + 19 + 1 + 19;

    /// <summary>The random part of a save's audit keys: this version's flag, then seven random hex characters.</summary>
    internal static string Unique(long storedTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{storedTicks:D19}{Flag}{Guid.NewGuid().ToString("N")[..7]}");

    /// <summary>Whether an audit row's key says an old version saved it (no flag where this version writes one).</summary>
    internal static bool SavedByAnOldVersion(string auditKey) => auditKey.Length > FlagAt && auditKey[FlagAt] != Flag;

    /// <summary>The first audit key of entries at or after <paramref name="at"/>, and the bound above every audit key.</summary>
    internal static (string From, string To) AuditSince(DateTimeOffset at) =>
        (string.Create(CultureInfo.InvariantCulture, $"{RowKeys.AuditPrefix}{Math.Max(0, at.UtcTicks):D19}"), KeyRange.UpperBound(RowKeys.AuditPrefix)!);

    /// <summary>Where re-checks stand: audit is read from <see cref="Through"/> on; the last old version's save seen.</summary>
    internal sealed record State(DateTimeOffset Through, DateTimeOffset LastOldSave);

    /// <summary>What one re-check did.</summary>
    /// <param name="Rehinted">Joint meetings an old version saved, whose hints and list row were written.</param>
    /// <param name="Finished">No old version's save for <see cref="QuietFor"/>: no more re-checks are needed.</param>
    public sealed record Outcome(int Rehinted, bool Finished);
}
