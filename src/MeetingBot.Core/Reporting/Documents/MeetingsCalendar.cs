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

    private const string Prefix = "meetings/";

    /// <summary>The source a link names for this file, so the host makes it again from the store when it is opened: "meetings/zh/{joint meeting}/{year}".</summary>
    public static string SourceOf(string jointMeetingId, int year, Lang lang) => $"{Prefix}{lang.Code()}/{Uri.EscapeDataString(jointMeetingId)}/{year}";

    /// <summary>The calendar a source names, as the store holds it now; null for a source that is not one or names nothing.</summary>
    public static async Task<FileAttachment?> RenderAsync(string source, IJointMeetingStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!source.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = source[Prefix.Length..].Split('/');
        if (parts.Length != 3 || parts[0] is not ("zh" or "en") || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, null, out var year)) return null;
        if (await store.LoadAsync(Uri.UnescapeDataString(parts[1]), cancellationToken) is not { } snapshot) return null;
        return File(snapshot, year, now, parts[0] == "en" ? Lang.En : Lang.Zh);
    }

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
