using MeetingBot.Channels.Files;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Host.Reporting.Dashboard;

/// <summary>Links to the dashboard signed like file links: same key, same lifetime.</summary>
internal sealed class DashboardLinks(FileLinks links) : IDashboardLinks
{
    public Uri LinkFor(string jointMeetingId) => DashboardEndpoint.LinkFor(links, jointMeetingId);

    public Uri LinkForUnit(string jointMeetingId, string unitId) => DashboardEndpoint.LinkForUnit(links, jointMeetingId, unitId);
}
