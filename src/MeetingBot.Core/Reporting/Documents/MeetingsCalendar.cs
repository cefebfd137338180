using System.Text;
using Ical.Net.Serialization;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// A joint meeting's meetings of one year as one .ics to import (METHOD:PUBLISH): one VEVENT per meeting, the same
/// one its invitation carries (the same UID and SEQUENCE, so importing again updates rather than duplicates, and a
/// cancelled meeting shows as cancelled), its times in its zone with that zone's VTIMEZONE.
/// </summary>
public static class MeetingsCalendar
{
    public static FileAttachment File(JointMeetingSnapshot snapshot, int year, DateTimeOffset now, Lang lang) =>
        new(Replies.FileMeetingsCalendar(lang, snapshot.JointMeeting.Value.Name, year), MeetingInvitation.ContentType, Write(snapshot, year, now, lang));

    public static byte[] Write(JointMeetingSnapshot snapshot, int year, DateTimeOffset now, Lang lang)
    {
        var jointMeeting = snapshot.JointMeeting.Value;
        var meetings = snapshot.Meetings.Select(m => m.Value).Where(m => m.State.LocalStart.Year == year).OrderBy(m => m.State.LocalStart).ToList();
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//MeetingBot//Joint meetings//" + (lang == Lang.En ? "EN" : "ZH"),
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", Replies.FileMeetingsCalendar(lang, jointMeeting.Name, year)[..^".ics".Length]);
        calendar.AddProperty("X-WR-TIMEZONE", jointMeeting.State.TimeZoneId);
        foreach (var zone in meetings.Select(m => m.State.TimeZoneId).Append(jointMeeting.State.TimeZoneId).Distinct())
            calendar.AddTimeZone(MeetingInvitation.Zone(zone, new DateTime(year, 7, 1)));
        foreach (var meeting in meetings)
            calendar.Events.Add(MeetingInvitation.Event(jointMeeting, meeting, now, lang));

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new UTF8Encoding(false).GetBytes(text);
    }
}
