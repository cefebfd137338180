namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>Why a request to join is refused before it is stored: outsiders' traffic is bounded per account and per joint meeting.</summary>
public enum JoinLimit
{
    /// <summary>This account changed its request too often in the last day.</summary>
    AccountAskedTooOften,
    /// <summary>So many requests wait that nobody can weigh one more: the managers decide some first.</summary>
    TooManyWaiting,
    /// <summary>More new requests came in the last hour than people ask for in a normal week.</summary>
    TooManyThisHour,
}

/// <summary>
/// The bounds on requests to join. They are counted from the requests stored with the joint meeting (durable,
/// the same on every instance); two outsiders racing at the very moment the bound is reached can both get in,
/// so the number waiting stays within <see cref="MaxWaiting"/> plus the requests in flight at that moment.
/// </summary>
public static class JoinLimits
{
    /// <summary>Requests waiting at once. A real joint meeting has a few dozen units; this is several contacts for each.</summary>
    public const int MaxWaiting = 100;

    /// <summary>New requests (from accounts not already waiting) within one hour.</summary>
    public const int MaxNewPerHour = 30;

    /// <summary>Times one account may ask (or change what it asks for) within a day.</summary>
    public const int MaxAsksPerDay = 3;

    /// <summary>Requests the managers hear of one card each; beyond this they get a digest now and then.</summary>
    public const int CardsBeforeDigest = 3;

    public static readonly TimeSpan AskWindow = TimeSpan.FromDays(1);
    public static readonly TimeSpan NewWindow = TimeSpan.FromHours(1);

    /// <summary>Null when <paramref name="previous"/> (this account's request waiting, if any) may ask now.</summary>
    public static JoinLimit? Check(IReadOnlyList<Contact> contacts, Contact? previous, DateTimeOffset now)
    {
        if (previous is { Status: ContactStatus.Pending })
            return previous.AsksSince(now - AskWindow) >= MaxAsksPerDay ? JoinLimit.AccountAskedTooOften : null;
        var waiting = contacts.Where(c => c.Status == ContactStatus.Pending).ToList();
        if (waiting.Count >= MaxWaiting) return JoinLimit.TooManyWaiting;
        if (waiting.Count(c => c.RequestedAt > now - NewWindow) >= MaxNewPerHour) return JoinLimit.TooManyThisHour;
        return null;
    }

    /// <summary>
    /// Whether the managers get a digest of what waits now that <paramref name="waiting"/> requests wait (the
    /// first few are told one card each): at 4, 8, 16, 32, 64 and at the bound, so a flood costs them a handful of messages.
    /// </summary>
    public static bool IsDigestPoint(int waiting) =>
        waiting > CardsBeforeDigest && (waiting == MaxWaiting || (waiting % (CardsBeforeDigest + 1) == 0 && IsPowerOfTwo(waiting / (CardsBeforeDigest + 1))));

    private static bool IsPowerOfTwo(int n) => n > 0 && (n & (n - 1)) == 0;
}
