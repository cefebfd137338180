using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Host.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Tests.Calendar;

/// <summary>MeetingBot:CalendarOrganizer, the secretariat's mailbox the invitations name as ORGANIZER.</summary>
public sealed class CalendarOrganizerTests
{
    [Theory]
    [InlineData("mailto:office@yongnian.example.gov.cn", "office@yongnian.example.gov.cn")]
    [InlineData(null, InvitationAddresses.DefaultOrganizer)]
    public async Task Host_WithOrWithoutACalendarOrganizer_InvitesFromThatAddress(string? configured, string organizer)
    {
        await using var app = new MeetingBotApplication
        {
            Settings = configured is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["MeetingBot:CalendarOrganizer"] = configured },
        };

        app.Services.GetRequiredService<IOptions<CalendarOptions>>().Value.ToAddresses().Organizer.Should().Be(organizer);
    }

    [Theory]
    [InlineData("秘书处")]
    [InlineData("office@example.gov.cn; other@example.gov.cn")]
    public async Task Start_WithACalendarOrganizerThatIsNotAnAddress_StopsNamingTheKey(string value)
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?> { ["MeetingBot:CalendarOrganizer"] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("MeetingBot:CalendarOrganizer");
    }
}
