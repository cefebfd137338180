using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>What a typed meeting line gives, or the first thing wrong with it.</summary>
public sealed record MeetingLineReading(MeetingDetails Details, MeetingProblem? Problem = null, string? ProblemText = null);

/// <summary>
/// Reads the details of one typed line after the verb: "2026-06-18 14:30 第一次全体会议 地点：区政府第一会议室
/// 链接：https://…". Labelled parts (地点/链接/议程, place/link/agenda) run to the next label; a bare web link is the
/// online link; then the first date, the first time (or range) and a duration; what is left is the title.
/// </summary>
public static partial class MeetingLine
{
    public static MeetingLineReading Read(string text, DateOnly today)
    {
        var details = MeetingDetails.None;
        var head = text;

        var labels = Label().Matches(text);
        if (labels.Count > 0)
        {
            head = text[..labels[0].Index];
            for (var i = 0; i < labels.Count; i++)
            {
                var start = labels[i].Index + labels[i].Length;
                var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
                var value = Clean(text[start..end]);
                details = LabelKind(labels[i].Groups["label"].Value) switch
                {
                    'p' => details with { Location = value },
                    'l' => details with { Link = value },
                    _ => details with { Agenda = value },
                };
            }
        }

        if (Url().Match(head) is { Success: true } url)
        {
            details = details with { Link = details.Link ?? url.Value };
            head = Cut(head, url.Index, url.Length);
        }

        if (DateTimeReader.FindDate(head, today) is { } date)
        {
            if (date.Value is null) return new MeetingLineReading(details, MeetingProblem.InvalidDate, head.Substring(date.Index, date.Length).Trim());
            details = details with { Date = date.Value };
            head = Cut(head, date.Index, date.Length);
        }

        if (DateTimeReader.FindTime(head) is { } time)
        {
            if (time.Value is not { } range) return new MeetingLineReading(details, MeetingProblem.InvalidTime, head.Substring(time.Index, time.Length).Trim());
            details = details with { Time = range.Start };
            if (range.End is { } endsAt)
                details = details with { DurationMinutes = (int)(endsAt - range.Start).TotalMinutes };
            head = Cut(head, time.Index, time.Length);
        }

        if (DateTimeReader.FindDuration(head) is { } duration)
        {
            if (duration.Value is null) return new MeetingLineReading(details, MeetingProblem.InvalidDuration, head.Substring(duration.Index, duration.Length).Trim());
            details = details with { DurationMinutes = duration.Value };
            head = Cut(head, duration.Index, duration.Length);
        }

        if (details.Link is { } link && !IsWebLink(link))
            return new MeetingLineReading(details, MeetingProblem.InvalidLink, link);

        return new MeetingLineReading(details with { Title = Clean(head) });
    }

    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>Trims spaces and the separators people put between parts; null when nothing is left.</summary>
    public static string? Clean(string text)
    {
        var cleaned = Spaces().Replace(text, m => m.Value.Contains('\n') ? "\n" : " ").Trim(Separators);
        cleaned = string.Join('\n', cleaned.Split('\n').Select(line => line.Trim(Separators)).Where(line => line.Length > 0));
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '，', '、', ';', '；', ':', '：', '。', '-', '—', '–'];

    private static string Cut(string text, int index, int length) => text[..index] + " " + text[(index + length)..];

    private static char LabelKind(string label) => label.ToLowerInvariant() switch
    {
        "地点" or "会议地点" or "地址" or "会场" or "location" or "place" or "venue" or "where" or "room" => 'p',
        "链接" or "会议链接" or "线上链接" or "在线链接" or "线上会议" or "网址" or "link" or "url" or "online" => 'l',
        _ => 'a',
    };

    [GeneratedRegex(@"(?<![A-Za-z])(?<label>会议地点|地点|地址|会场|会议链接|线上链接|在线链接|线上会议|链接|网址|议程|议题|会议内容|location|place|venue|where|room|link|url|online|agenda|topics?|subject)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"https?://[^\s，,；;。）)」】]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
