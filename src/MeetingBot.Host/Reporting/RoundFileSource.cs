using MeetingBot.Channels.Files;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Host.Reporting;

/// <summary>
/// Makes a round's brief or export (<see cref="RoundFiles"/>), or the year's meetings (<see cref="MeetingsCalendar"/>),
/// again from the store when its signed link is opened.
/// </summary>
internal sealed class RoundFileSource(RoundViews views, IJointMeetingStore store, TimeProvider time) : IFileSource
{
    public async Task<FileAttachment?> OpenAsync(string source, CancellationToken cancellationToken) =>
        await RoundFiles.RenderAsync(source, views, cancellationToken)
        ?? await MeetingsCalendar.RenderAsync(source, store, time.GetUtcNow(), cancellationToken);
}
