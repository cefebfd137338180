using MeetingBot.Core.Conversation.Features.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Host.Calendar;

/// <summary>
/// The <c>MeetingBot</c> section's calendar settings: <c>MeetingBot:CalendarOrganizer</c> is the secretariat's
/// mailbox that meeting invitations name as ORGANIZER (an address, with or without "mailto:"). Calendars match a
/// moved or cancelled meeting to the entry they hold by its UID and this organizer, so it should stay the same.
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "MeetingBot";

    public string CalendarOrganizer { get; set; } = InvitationAddresses.DefaultOrganizer;

    public InvitationAddresses ToAddresses() => new(InvitationAddresses.Normalize(CalendarOrganizer) ?? InvitationAddresses.DefaultOrganizer);
}

/// <summary>Stops start-up on an organizer that is not an e-mail address, naming the key.</summary>
public sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options) =>
        InvitationAddresses.Normalize(options.CalendarOrganizer) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"MeetingBot:CalendarOrganizer is \"{options.CalendarOrganizer}\"; it must be an e-mail address such as office@example.gov.cn (or mailto:office@example.gov.cn).");
}
