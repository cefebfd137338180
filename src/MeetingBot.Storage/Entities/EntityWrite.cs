namespace MeetingBot.Storage.Entities;

public enum EntityWriteKind
{
    /// <summary>Creates the row; fails with a conflict when it exists.</summary>
    Insert,
    /// <summary>Replaces the row only while its ETag is still <see cref="EntityWrite.IfMatch"/>; a conflict otherwise (also when it is gone).</summary>
    Replace,
    /// <summary>Creates or replaces the row unconditionally.</summary>
    Upsert,
    /// <summary>Deletes the row; with an ETag only while it is unchanged. Deleting a missing row is a conflict.</summary>
    Delete,
}

/// <summary>One change to one row of a partition, submitted with others as one atomic batch.</summary>
public sealed record EntityWrite(EntityWriteKind Kind, string RowKey, string? Body = null, string? IfMatch = null)
{
    public static EntityWrite Insert(string rowKey, string body) => new(EntityWriteKind.Insert, rowKey, body);
    public static EntityWrite Replace(string rowKey, string body, string ifMatch) => new(EntityWriteKind.Replace, rowKey, body, ifMatch);
    public static EntityWrite Upsert(string rowKey, string body) => new(EntityWriteKind.Upsert, rowKey, body);
    public static EntityWrite Delete(string rowKey, string? ifMatch = null) => new(EntityWriteKind.Delete, rowKey, null, ifMatch);
}
