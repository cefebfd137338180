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

    /// <summary>Sets the activity's id (and leaves everything else as given), stores it, and returns the id.</summary>
    public string Append(Activity activity)
    {
        TaskCompletionSource woken;
        string id;
        long delta;
        Action<long>? observer;
        lock (gate)
        {
            var seq = next++;
            id = $"{conversationId}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Id = id;
            var json = BotJson.SerializeToUtf8(activity);
            entries.Enqueue((seq, json));
            var before = bytes;
            bytes += json.Length;
            while (entries.Count > capacity || (bytes > maxBytes && entries.Count > 1)) bytes -= entries.Dequeue().Json.Length;
            if (activity.From?.Role == "user") fromUser++;
            delta = bytes - before;
            observer = bytesChanged;
            woken = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.SetResult();
        observer?.Invoke(delta);
        return id;
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
