using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Host.Reporting;

/// <summary>Makes a round's brief or export again from the store when its signed link is opened (<see cref="RoundFiles"/>).</summary>
internal sealed class RoundFileSource(RoundViews views) : IFileSource
{
    public Task<FileAttachment?> OpenAsync(string source, CancellationToken cancellationToken) =>
        RoundFiles.RenderAsync(source, views, cancellationToken);
}
