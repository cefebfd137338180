using System.Globalization;
using MeetingBot.Channels.BotFramework.Schema;

namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>One page of a conversation's activities and the watermark to ask from next.</summary>
public sealed record ActivityPage(IReadOnlyList<byte[]> Activities, string? Watermark);

/// <summary>
/// A conversation's activities in the order they happened, each with a server id <c>{conversationId}|{seq:D7}</c>
/// and its sequence number as the watermark. Append-only and bounded: the oldest entries drop off past the cap,
/// and a client whose watermark is older than them reads from the oldest kept. Entries are stored serialized,
/// so readers never see an activity change under them. Bounded in bytes too (<paramref name="maxBytes"/>): a few
/// huge activities drop the older ones rather than pile up; the newest is always kept.
/// </summary>
public sealed class ActivityLog(string conversationId, int capacity, long maxBytes = long.MaxValue)
{
    private readonly Lock gate = new();
    private readonly Queue<(long Seq, byte[] Json)> entries = new();
    // The bot's kept activities by id, with their time: what Replace may replace.
    private readonly Dictionary<string, (long Seq, DateTimeOffset? Timestamp)> botActivities = new(StringComparer.Ordinal);
    private long next;
    private long bytes;
    private int fromUser;
    private Action<long>? bytesChanged;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ConversationId => conversationId;

    /// <summary>Bytes of the activities kept.</summary>
    public long Bytes
    {
        get { lock (gate) return bytes; }
    }

    /// <summary>Activities the user sent (not the bot): a conversation nobody ever wrote in is the first to go.</summary>
    public int FromUser
    {
        get { lock (gate) return fromUser; }
    }

    /// <summary>Told of every change of <see cref="Bytes"/> (outside the log's lock), until <see cref="Detach"/>.</summary>
    internal void Observe(Action<long> onBytesChanged)
    {
        lock (gate) bytesChanged = onBytesChanged;
    }

    /// <summary>Stops telling; returns the bytes the observer had counted.</summary>
    internal long Detach()
    {
        lock (gate)
        {
            bytesChanged = null;
            return bytes;
        }
    }

    /// <summary>
    /// Sets the activity's id (and leaves everything else as given), lets <paramref name="stamp"/> add what needs the
    /// id (a card's buttons naming their message), stores it, and returns the id.
    /// </summary>
    public string Append(Activity activity, Action<Activity>? stamp = null)
    {
        string id;
        long delta;
        Action<long>? observer;
        lock (gate)
        {
            var seq = next++;
            id = $"{conversationId}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Id = id;
            stamp?.Invoke(activity);
            delta = Store(seq, activity);
            observer = bytesChanged; // read with the change, so Detach's count and the observer's agree
        }
        Wake(delta, observer);
        return id;
    }

    /// <summary>
    /// Replaces one of the bot's activities, as Direct Line clients see an update: the same id again, after the
    /// watermark (Web Chat then shows it in place of the old one), with the old one's time so it keeps its place.
    /// False when the id is not a kept activity of the bot's.
    /// </summary>
    public bool Replace(string id, Activity activity, Action<Activity>? stamp = null)
    {
        long delta;
        Action<long>? observer;
        lock (gate)
        {
            if (!botActivities.TryGetValue(id, out var old)) return false;
            activity.Id = id;
            activity.Timestamp = old.Timestamp;
            stamp?.Invoke(activity);
            delta = Store(next++, activity);
            observer = bytesChanged;
        }
        Wake(delta, observer);
        return true;
    }

    // Under the lock: keeps the activity, drops the oldest past the count or byte cap, and returns the change in bytes.
    private long Store(long seq, Activity activity)
    {
        var json = BotJson.SerializeToUtf8(activity);
        entries.Enqueue((seq, json));
        var before = bytes;
        bytes += json.Length;
        if (activity.From?.Role == "bot") botActivities[activity.Id!] = (seq, activity.Timestamp);
        if (activity.From?.Role == "user") fromUser++;
        while (entries.Count > capacity || (bytes > maxBytes && entries.Count > 1))
        {
            var dropped = entries.Dequeue();
            bytes -= dropped.Json.Length;
            foreach (var (key, _) in botActivities.Where(b => b.Value.Seq <= dropped.Seq).ToList()) botActivities.Remove(key);
        }
        return bytes - before;
    }

    private void Wake(long delta, Action<long>? observer)
    {
        TaskCompletionSource woken;
        lock (gate)
        {
            woken = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.SetResult();
        observer?.Invoke(delta);
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (all kept ones when it is null or not one of ours), at most
    /// <paramref name="max"/>; the page's watermark is its last activity's, or the given one when nothing is new.
    /// </summary>
    public ActivityPage After(string? watermark, int max = 100)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : -1;
        lock (gate)
        {
            var page = entries.Where(e => e.Seq > after).Take(max).ToList();
            if (page.Count > 0) return new ActivityPage(page.Select(e => e.Json).ToList(), page[^1].Seq.ToString(CultureInfo.InvariantCulture));
            return new ActivityPage([], after >= 0 ? after.ToString(CultureInfo.InvariantCulture) : null);
        }
    }

    /// <summary>Completes when the next activity is appended (for the stream).</summary>
    public Task NextAppendAsync()
    {
        lock (gate) return changed.Task;
    }
}
