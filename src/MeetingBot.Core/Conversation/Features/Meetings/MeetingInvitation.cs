using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using NodaTime;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// The .ics invitation sent with a meeting notice. Its UID stays the same for the meeting's whole life and its
/// SEQUENCE is the meeting's, so a calendar updates the entry it has on a reschedule and removes it on a
/// cancellation (METHOD:CANCEL, STATUS:CANCELLED). The start is written in the joint meeting's time zone with a
/// VTIMEZONE that says how that zone keeps time in the meeting's year. As RFC 5546 asks of a REQUEST and a CANCEL,
/// it names the ORGANIZER (the secretariat's mailbox, as the host configures it) and, as ATTENDEEs, the joint
/// meeting's approved contacts whose e-mail addresses the host knows.
/// </summary>
public static class MeetingInvitation
{
    public const string ContentType = "text/calendar";

    public static string Uid(Meeting meeting) => $"{meeting.Id}.{meeting.JointMeetingId}@meetingbot";

    public static FileAttachment For(JointMeeting jointMeeting, Meeting meeting, DateTimeOffset now, Lang lang, InvitationAddresses addresses)
    {
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var state = meeting.State;
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//MeetingBot//Joint meetings//" + (lang == Lang.En ? "EN" : "ZH"),
            Method = cancelled ? "CANCEL" : "REQUEST",
        };
        calendar.AddTimeZone(Zone(state.TimeZoneId, state.LocalStart));

        calendar.Events.Add(Event(jointMeeting, meeting, now, lang, addresses));

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new FileAttachment(FileName(meeting), ContentType, new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>
    /// The meeting's VEVENT: its stable UID and SEQUENCE, its times in its zone (a VTIMEZONE from <see cref="Zone"/> goes
    /// with it), its ORGANIZER and ATTENDEEs (the default organizer and nobody when no addresses are given).
    /// </summary>
    public static CalendarEvent Event(JointMeeting jointMeeting, Meeting meeting, DateTimeOffset now, Lang lang, InvitationAddresses? addresses = null)
    {
        addresses ??= InvitationAddresses.Default;
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var state = meeting.State;
        var start = state.LocalStart;
        var calendarEvent = new CalendarEvent
        {
            Uid = Uid(meeting),
            Sequence = state.Sequence,
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId, true),
            DtStart = new CalDateTime(start, state.TimeZoneId, true),
            DtEnd = new CalDateTime(start.AddMinutes(state.DurationMinutes), state.TimeZoneId, true),
            Summary = Replies.MeetingSummary(lang, jointMeeting, meeting),
            Description = Replies.InvitationDescription(lang, meeting),
            Location = state.Location ?? state.OnlineLink,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
        };
        calendarEvent.Organizer = new Organizer(MailTo(InvitationAddresses.Normalize(addresses.Organizer) ?? InvitationAddresses.DefaultOrganizer))
        {
            CommonName = jointMeeting.Name,
        };
        foreach (var attendee in Attendees(jointMeeting, addresses)) calendarEvent.Attendees.Add(attendee);
        if (state.OnlineLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url)) calendarEvent.Url = url;
        return calendarEvent;
    }

    private static string MailTo(string address) => "mailto:" + address;

    // Each approved contact whose address is known, once per address; nobody is asked to answer by e-mail
    // (RSVP=FALSE): attendance is answered in the chat.
    private static IEnumerable<Attendee> Attendees(JointMeeting jointMeeting, InvitationAddresses addresses) =>
        jointMeeting.Contacts
            .Where(c => c.Status == ContactStatus.Approved)
            .Select(c => (Contact: c, Address: addresses.Of(c.Account)))
            .Where(c => c.Address is not null)
            .DistinctBy(c => c.Address!.ToLowerInvariant())
            .Select(c => new Attendee(MailTo(c.Address!))
            {
                CommonName = c.Contact.Account.DisplayName,
                Role = RoleOf(c.Contact.Role),
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = false,
            });

    // The convenor chairs; an observer (列席) may come; everyone else is expected.
    private static string RoleOf(ContactRole role) => role switch
    {
        ContactRole.Convenor => "CHAIR",
        ContactRole.Observer => "OPT-PARTICIPANT",
        _ => "REQ-PARTICIPANT",
    };

    private static string FileName(Meeting meeting)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(meeting.Id.Select(c => invalid.Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' ? '-' : c).ToArray());
        return $"meeting-{safe}.ics";
    }

    // Ical.Net writes a zone's last transition as a yearly rule; for a zone with none in the meeting's year (Asia/Shanghai
    // since 1991) that reads as a yearly change to the same offset, which some calendars take for daylight saving.
    // Such a zone gets one plain STANDARD part; a zone that changes its clocks gets its rules from the tz database.
    public static VTimeZone Zone(string timeZoneId, DateTime localStart)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId);
        if (zone is null)
            return VTimeZone.FromSystemTimeZone(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId), new DateTime(localStart.Year, 1, 1), false);

        var year = localStart.Year;
        var intervals = zone.GetZoneIntervals(Instant.FromUtc(year - 1, 12, 1, 0, 0), Instant.FromUtc(year + 1, 2, 1, 0, 0)).ToList();
        if (intervals.Count > 1)
            return VTimeZone.FromDateTimeZone(timeZoneId, new DateTime(year, 1, 1), false);

        var only = intervals[0];
        var offset = new UtcOffset(only.WallOffset.ToTimeSpan());
        var fixedZone = new VTimeZone(timeZoneId);
        fixedZone.TimeZoneInfos.Add(new Ical.Net.VTimeZoneInfo("STANDARD")
        {
            TimeZoneName = only.Name,
            OffsetFrom = offset,
            OffsetTo = offset,
            DtStart = new CalDateTime(new DateTime(1970, 1, 1, 0, 0, 0), null, true),
        });
        return fixedZone;
    }
}
