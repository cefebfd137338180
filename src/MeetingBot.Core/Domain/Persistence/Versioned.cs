namespace MeetingBot.Core.Domain.Persistence;

/// <summary>An aggregate as loaded, with the store's concurrency tag: saving it again succeeds only if nobody saved in between.</summary>
public sealed record Versioned<T>(T Value, string ETag) where T : Aggregate;
