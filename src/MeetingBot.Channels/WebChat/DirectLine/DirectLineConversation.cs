namespace MeetingBot.Channels.WebChat.DirectLine;

/// <summary>An open web chat conversation: whose it is, the language they chose, and its activities.</summary>
public sealed class DirectLineConversation(string id, string userId, string? userName, string? locale, int capacity, DateTimeOffset now, long maxBytes = long.MaxValue)
{
    public string Id => id;
    public string UserId => userId;
    public string? UserName => userName;
    public string? Locale { get; set; } = locale;
    public ActivityLog Log { get; } = new(id, capacity, maxBytes);

    public DateTimeOffset StartedAt { get; } = now;

    private int greeted;

    /// <summary>True the first time only: a conversation is greeted once, however often the page joins it.</summary>
    public bool TryGreet() => Interlocked.Exchange(ref greeted, 1) == 0;

    /// <summary>When it was last read or written: the least recently used conversation is dropped first.</summary>
    public DateTimeOffset LastUsed { get; private set; } = now;

    public void Touch(DateTimeOffset now)
    {
        if (now > LastUsed) LastUsed = now;
    }
}
