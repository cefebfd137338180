namespace MeetingBot.Core.Policy.Model;

/// <summary>
/// A part of the file after its main text: an attachment (附件1, its tasks' paths start with "附件1") or a further
/// document whose numbering starts again (文件2). Title as written, where the part has one; line of its heading.
/// </summary>
public sealed record PolicyPart(string Label, string? Title, int Line);
