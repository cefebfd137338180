using MeetingBot.Channels.Files;
using MeetingBot.Core.Reporting;

namespace MeetingBot.Host.Reporting;

public static class ReportingRegistration
{
    /// <summary>The read side of reporting for the host's surfaces: round views, files made again from the store, the dashboard.</summary>
    public static IServiceCollection AddMeetingBotReporting(this IServiceCollection services)
    {
        services.AddSingleton<RoundViews>();
        services.AddSingleton<IFileSource, RoundFileSource>();
        services.AddSingleton<IDashboardLinks, Dashboard.DashboardLinks>();
        return services;
    }
}
