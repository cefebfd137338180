using MeetingBot.Core.Conversation;

namespace MeetingBot.Channels.Files;

/// <summary>Makes a file again from what its link names (<see cref="FileAttachment.Source"/>); null when the source names nothing (any more).</summary>
public interface IFileSource
{
    Task<FileAttachment?> OpenAsync(string source, CancellationToken cancellationToken);
}
