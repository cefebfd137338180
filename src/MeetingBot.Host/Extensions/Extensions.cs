using MeetingBot.Channels.BotFramework;
using MeetingBot.Channels.Files;
using MeetingBot.Channels.Slack;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Host.Bot;
using MeetingBot.Host.Extensions.Health;
using MeetingBot.Host.Reminders;
using MeetingBot.Host.Reporting;
using MeetingBot.Host.Reporting.Dashboard;
using MeetingBot.Host.Storage;
using MeetingBot.Host.WebChat;

namespace MeetingBot.Host.Extensions;

public static class Extensions
{
    public static WebApplicationBuilder AddMeetingBotHost(this WebApplicationBuilder builder)
    {
        var defaultUrls = DefaultUrls.When(builder.Configuration);
        if (defaultUrls is not null)
        {
            builder.WebHost.UseUrls(defaultUrls);
        }

        builder.Services.AddSingleton(SystemClock.Instance);
        builder.AddMeetingBotTelemetry();
        builder.Services.AddMeetingBotHealthChecks();
        builder.Services.AddMeetingBotStorage();
        builder.Services.AddSingleton<DemoJointMeetings>();
        builder.Services.AddMeetingBot();
        if (SlackRegistration.IsConfigured(builder.Configuration)) builder.Services.AddSlack();
        builder.Services.AddWebChat();
        builder.Services.AddMeetingBotReminders();
        builder.Services.AddHostedService<QuestionsWarmup>();
        builder.Services.AddMeetingBotReporting();
        return builder;
    }

    public static WebApplication MapMeetingBotEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoint();
        app.MapBotFramework();
        app.MapSlack();
        app.MapFileLinks();
        app.MapDashboard();
        app.MapWebChat();
        app.MapWebChatPage();
        return app;
    }
}
