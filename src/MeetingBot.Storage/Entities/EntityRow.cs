namespace MeetingBot.Storage.Entities;

/// <summary>One stored row: its keys, its JSON body and the engine's concurrency tag for it.</summary>
public sealed record EntityRow(string PartitionKey, string RowKey, string Body, string ETag);
