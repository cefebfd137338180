using System.Text.RegularExpressions;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Reads what a person typed about meetings, in Chinese or English, into a <see cref="MeetingCommand"/>; null when
/// the text is not about meetings (another feature may take it). Pure: today is a parameter.
/// </summary>
public static partial class MeetingCommands
{
    public const int MaxReasonLength = 500;
    public const int MaxDeputyLength = 100;

    public static MeetingCommand? Parse(string text, DateOnly today)
    {
        var t = Normalize(text);
        if (t.Length == 0) return null;

        if (Schedule().Match(t) is { Success: true } schedule)
            return ReadSchedule(schedule.Groups["rest"].Value, today) is ScheduleMeeting scheduled && schedule.Groups["confirm"].Success
                ? scheduled with { SharesTimeWith = schedule.Groups["with"].Captures.SelectMany(c => IdList().Split(c.Value)).Where(id => id.Length > 0).ToList() }
                : ReadSchedule(schedule.Groups["rest"].Value, today);
        if (Reschedule().Match(t) is { Success: true } reschedule)
            return ReadReschedule(reschedule.Groups["rest"].Value, today);
        if (Cancel().Match(t) is { Success: true } cancel)
            return ReadCancel(cancel.Groups["rest"].Value, today);
        if (Held().Match(t) is { Success: true } held && RefOf(held, today, out var heldRef))
            return new MarkMeetingHeld(heldRef);
        if (Overview().Match(t) is { Success: true } overview && RefOf(overview, today, out var overviewRef))
            return new ShowAttendance(overviewRef);
        if (Deputy().Match(t) is { Success: true } deputy)
            return ReadDeputy(deputy, today);
        if (Absent().Match(t) is { Success: true } absent && RefOf(absent, today, out var absentRef))
            return new AnswerAttendance(absentRef, Attendance.Absent, null);
        if (Attend().Match(t) is { Success: true } attend && RefOf(attend, today, out var attendRef))
            return new AnswerAttendance(attendRef, Attendance.Attend, null);
        if (Next().IsMatch(t))
            return new ShowNextMeeting();
        if (ListZh().Match(t) is { Success: true } listZh)
            return new ListMeetings(Year(listZh, today));
        if (ListEn().Match(t) is { Success: true } listEn)
            return new ListMeetings(Year(listEn, today));
        return null;
    }

    private static MeetingCommand ReadSchedule(string rest, DateOnly today)
    {
        if (rest.Trim().Length == 0) return new ShowScheduleForm();
        var reading = MeetingLine.Read(rest, today);
        if (reading.Problem is { } problem) return new InvalidMeetingCommand(MeetingVerb.Schedule, problem, reading.ProblemText);
        if (reading.Details.Date is null) return new InvalidMeetingCommand(MeetingVerb.Schedule, MeetingProblem.MissingDate, rest.Trim());
        if (reading.Details.Time is null) return new InvalidMeetingCommand(MeetingVerb.Schedule, MeetingProblem.MissingTime, rest.Trim());
        return new ScheduleMeeting(reading.Details);
    }

    private static MeetingCommand ReadReschedule(string rest, DateOnly today)
    {
        var (meeting, change) = TakeRef(rest, today);
        change = Connector().Replace(change, "");
        if (change.Trim().Length == 0) return new RescheduleMeeting(meeting, MeetingDetails.None);

        var reading = MeetingLine.Read(change, today);
        // "调整会议 2026-06-20 09:00" may mean the only planned meeting, moved to that day: keep that reading too.
        var whole = meeting?.Date is not null ? MeetingLine.Read(Connector().Replace(rest, ""), today) : null;
        var wholeDetails = whole is { Problem: null } ? whole.Details : null;

        if (reading.Problem is { } problem)
            return wholeDetails is not null
                ? new RescheduleMeeting(null, wholeDetails)
                : new InvalidMeetingCommand(MeetingVerb.Reschedule, problem, reading.ProblemText);
        var details = reading.Details;
        if (!details.ChangesSomething)
            return wholeDetails is { ChangesSomething: true }
                ? new RescheduleMeeting(null, wholeDetails)
                : new InvalidMeetingCommand(MeetingVerb.Reschedule, MeetingProblem.MissingChange, change.Trim());
        return new RescheduleMeeting(meeting, details, wholeDetails is { ChangesSomething: true } ? wholeDetails : null);
    }

    private static MeetingCommand ReadCancel(string rest, DateOnly today)
    {
        var (meeting, reason) = TakeRef(rest, today);
        var cleaned = MeetingLine.Clean(ReasonLead().Replace(reason, ""));
        return new CancelMeeting(meeting, cleaned);
    }

    private static MeetingCommand ReadDeputy(Match match, DateOnly today)
    {
        var (meeting, who) = TakeRef(match.Groups["rest"].Value, today);
        var name = MeetingLine.Clean(who);
        return name is null
            ? new InvalidMeetingCommand(MeetingVerb.Attend, MeetingProblem.MissingDeputy, meeting?.Text)
            : new AnswerAttendance(meeting, Attendance.SendDeputy, name);
    }

    /// <summary>A meeting named first in the rest: an id with a digit in it ("2026-06-18", "m1") or a day (6月18日, 明天, tomorrow).</summary>
    private static (MeetingRef? Meeting, string Remainder) TakeRef(string rest, DateOnly today)
    {
        var m = LeadingRef().Match(rest);
        if (!m.Success || MakeRef(m.Groups["ref"].Value, today) is not { } meeting) return (null, rest);
        return (meeting, rest[(m.Index + m.Length)..]);
    }

    // The command's meeting, if it names one: false when the words in its place name none (so it is not this command).
    private static bool RefOf(Match match, DateOnly today, out MeetingRef? meeting)
    {
        var group = match.Groups["ref"];
        meeting = group.Success && group.Value.Length > 0 ? MakeRef(group.Value, today) : null;
        return meeting is not null || !group.Success || group.Value.Length == 0;
    }

    // An id (what the bot makes: 2026-06-18, 2026-06-18-2, m1), a numbered day, or a day the one date reader reads; null for other words.
    private static MeetingRef? MakeRef(string text, DateOnly today)
    {
        var id = MeetingSuffix().Replace(text.Trim(), "");
        var day = DateTimeReader.ParseDate(id, today);
        return day is not null || MeetingId().IsMatch(id) ? new MeetingRef(id, day) : null;
    }

    private static int Year(Match match, DateOnly today)
    {
        if (match.Groups["y"].Success) return int.Parse(match.Groups["y"].Value);
        return match.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "明年" or "next year" => today.Year + 1,
            "去年" or "last year" => today.Year - 1,
            _ => today.Year,
        };
    }

    private static string Normalize(string text) =>
        text.Trim().TrimEnd('?', '？', '!', '！', '。', '.').Trim().Replace('：', ':');

    // Where a meeting id or day may stand: an id has a digit (2026-06-18, 2026-06-18-2, m1); a day is words the date
    // reader then reads or refuses (明天, 下周四的会议, 6月18日, tomorrow, next Thursday, June 18), so a name is never a ref.
    private const string IdPattern = @"(?=[A-Za-z._-]*\d)[A-Za-z0-9][A-Za-z0-9._-]*";
    private const string NumberedDay = @"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]";
    private const string ChineseDayWords = NumberedDay + @"(?:的?会议)?|[^\x00-\x7F\s,，;；:]{2,12}?";
    private const string RefPattern = "(?<ref>" + IdPattern + "|" + ChineseDayWords + @"|[A-Za-z]+(?:,?\s+[A-Za-z0-9]+){0,3})";
    // First in a longer command only one English word ("cancel meeting tomorrow because …"): what follows is free text.
    private const string LeadingRefPattern = "(?<ref>" + IdPattern + "|" + ChineseDayWords + "|[A-Za-z]+)";

    [GeneratedRegex(@"^\s*" + LeadingRefPattern + @"(?=$|[\s,，;；:])\s*[,，;；:]?\s*")]
    private static partial Regex LeadingRef();

    // What stays a ref even when it is no real day (2月30日): the reply then says no meeting has that id or day.
    [GeneratedRegex("^(?:" + IdPattern + "|" + NumberedDay + ")$")]
    private static partial Regex MeetingId();

    [GeneratedRegex(@"的?会议$")]
    private static partial Regex MeetingSuffix();

    // "确认与 m1、m3 同时安排会议 …" / "confirm schedule meeting alongside m1, m3 …": the meetings agreed to share the time with.
    private const string IdsPattern = "(?<with>" + IdPattern + @"(?:\s*[、,，]\s*" + IdPattern + ")*)";

    [GeneratedRegex(@"^(?<confirm>(?:确认|仍然|仍要|还是)\s*(?:(?:与|和|同)\s*" + IdsPattern + @"\s*同时\s*)?|confirm\s+|still\s+)?(?:(?:安排|新建|预约)(?:一次|一个|一场)?会议|(?:schedule|plan|new)(?:\s+(?:a|the))?\s+meeting\b(?:\s+alongside\s+" + IdsPattern + @"\b)?|schedule$)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"\s*[、,，]\s*")]
    private static partial Regex IdList();

    [GeneratedRegex(@"^(?:调整会议|会议改期|改期|修改会议|更改会议|(?:reschedule|move)(?:\s+(?:the\s+)?meeting)?\b)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Reschedule();

    [GeneratedRegex(@"^\s*(?:改为|改到|改在|调整为|调整到|调到|移到|to\b|for\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^(?:取消会议|会议取消|cancel\s+(?:the\s+)?meeting\b)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^\s*(?:原因|理由|因为|由于|reason\b|because(?:\s+of)?\b|due\s+to\b|as\b)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonLead();

    [GeneratedRegex(@"^(?:(?:登记)?(?:会议)?已(?:经)?(?:召开|举行)\s*" + RefPattern + @"?|" + RefPattern + @"\s*(?:会议)?已(?:经)?(?:召开|举行)|mark\s+(?:meeting\s+)?(?:" + RefPattern + @"\s+)?(?:as\s+)?held|(?:meeting\s+)?" + RefPattern + @"\s+(?:was\s+)?held)$", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    [GeneratedRegex(@"^(?:(?:参会情况|出席情况|参会回复|回复情况)\s*" + RefPattern + @"?|" + RefPattern + @"\s*的?(?:参会情况|出席情况)|(?:attendance|who\s+(?:is\s+)?attend(?:s|ing))(?:\s+(?:of|for|at))?(?:\s+" + RefPattern + @")?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Overview();

    [GeneratedRegex(@"^(?:派员参加|派人参加|派员出席|派人出席|send\s+(?:a\s+)?deputy|deputy)(?<rest>(?:[\s:,，].*|[^A-Za-z\s].*)?)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Deputy();

    [GeneratedRegex(@"^(?:我们?|本单位)?(?:请假|不参加|不能参加|无法参加|缺席)\s*" + RefPattern + @"?$|^(?:absent|decline|(?:we\s+|i\s+)?(?:cannot|can't|will\s+not|won't)\s+attend)(?:\s+" + RefPattern + @")?$", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();

    [GeneratedRegex(@"^(?:我们?|本单位)?(?:参加|参会|出席)\s*" + RefPattern + @"?$|^(?:(?:we\s+|i\s+)?(?:will\s+)?attend)(?:\s+" + RefPattern + @")?$", RegexOptions.IgnoreCase)]
    private static partial Regex Attend();

    [GeneratedRegex(@"^(?:请问)?(?:下一?次|下一场|最近一次)(?:会议|开会|全体会议|联席会议)(?:是|在|定在|安排在)?(?:什么时候|哪天|何时|几号|时间|安排)?(?:开|召开|举行)?(?:呢|吗)?$|^(?:请问)?下一?次(?:什么时候|哪天|何时)(?:开会|召开会议)(?:呢)?$|^(?:when(?:'s|\s+is|\s+will\s+be)\s+)?(?:the\s+)?next\s+meeting(?:\s+(?:held|be))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Next();

    [GeneratedRegex(@"^(?:查看|列出)?(?:(?<y>\d{4})\s*年|(?<rel>今年|明年|去年))?(?:的)?(?:会议安排|会议列表|会议计划|会议|开会情况)$|^(?:(?<y>\d{4})\s*年|(?<rel>今年|明年|去年))(?:开了|开|召开了|要开|安排了)几次会(?:议)?$")]
    private static partial Regex ListZh();

    [GeneratedRegex(@"^(?:list\s+|show\s+)?(?:the\s+)?(?:(?<y>\d{4})\s+|(?<rel>this\s+year|next\s+year|last\s+year)(?:'s)?\s+)?meetings(?:\s+(?:in|of|for)?\s*(?:(?<y>\d{4})|(?<rel>this\s+year|next\s+year|last\s+year)))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListEn();
}
