namespace MeetingBot.Storage.Priority;

/// <summary>
/// Marks the store calls of the current flow (and everything it awaits or starts) as background work: the reminder
/// sweep, migrations, backfills, file syncs. <see cref="PriorityEntityTable"/> lets such calls go only as far as
/// people's calls leave room. Everything not marked is a person's (turns, HTTP endpoints) and is never held back.
/// </summary>
/// <example><c>using var background = BackgroundStoreWork.Begin();</c> at the top of the background work's async method.</example>
public static class BackgroundStoreWork
{
    private static readonly AsyncLocal<bool> Marked = new();

    /// <summary>Whether the store calls made here are background work.</summary>
    public static bool IsCurrent => Marked.Value;

    /// <summary>Marks this flow as background work until the scope is disposed (then the mark is what it was).</summary>
    public static Scope Begin()
    {
        var previous = Marked.Value;
        Marked.Value = true;
        return new Scope(previous);
    }

    public readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => Marked.Value = previous;
    }
}
