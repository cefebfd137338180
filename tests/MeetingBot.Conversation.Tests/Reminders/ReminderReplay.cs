using System.Text.RegularExpressions;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Reminders;

namespace MeetingBot.Conversation.Tests.Reminders;

/// <summary>Time moved by the test, never slept: the clock steps an hour, each bot instance sweeps, and again.</summary>
internal static partial class ReminderReplay
{
    /// <summary>Steps the clock an hour at a time up to <paramref name="until"/>, every instance sweeping after each step (at the same time).</summary>
    public static async Task<List<ReminderSweepSummary>> HourByHourAsync(this ChatHarness chat, DateTimeOffset until, params ReminderDispatcher[] instances)
    {
        var summaries = new List<ReminderSweepSummary>();
        while (chat.Clock.GetUtcNow() < until)
        {
            chat.Clock.Advance(TimeSpan.FromHours(1));
            summaries.AddRange(await Task.WhenAll(instances.Select(i => Task.Run(() => i.SweepAsync(CancellationToken.None)))));
        }
        return summaries;
    }

    /// <summary>A delivery as a test lists it: local time, who, and what kind of reminder the text says it is.</summary>
    public static (string At, string To, string Kind) Line(Delivery delivery, TimeZoneInfo zone) =>
        (TimeZoneInfo.ConvertTime(delivery.At, zone).ToString("MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture),
         delivery.To.DisplayName, KindOf(delivery.Message));

    /// <summary>The deliveries in order of time, then person and kind (one sweep delivers concurrently).</summary>
    public static List<(string At, string To, string Kind)> Lines(this RecordingChannel channel, TimeZoneInfo zone) =>
        [.. channel.Delivered.Select(d => (d.At, Line: Line(d, zone)))
            .OrderBy(x => x.At).ThenBy(x => x.Line.To, StringComparer.Ordinal).ThenBy(x => x.Line.Kind, StringComparer.Ordinal)
            .Select(x => x.Line)];

    /// <summary>What a reminder's text says it is: "还有7天", "截止当天", "逾期2", "催交", "会议7天后", "会议明天"; "（补发）" when marked late.</summary>
    public static string KindOf(OutgoingMessage message)
    {
        var text = message.Text;
        var late = text.StartsWith(Replies.ReminderLateMarker(Lang.Zh), StringComparison.Ordinal) ? "（补发）" : "";
        string kind;
        if (text.Contains("【报告提醒】", StringComparison.Ordinal))
            kind = text.Contains("**今天**", StringComparison.Ordinal) ? "截止当天" : "还有" + DaysLeft().Match(text).Groups[1].Value + "天";
        else if (text.Contains("【报告逾期】", StringComparison.Ordinal)) kind = "逾期" + WorkingDaysOverdue().Match(text).Groups[1].Value;
        else if (text.Contains("【报告催交】", StringComparison.Ordinal)) kind = "催交";
        else if (text.Contains("【会议提醒】", StringComparison.Ordinal)) kind = text.Contains("明天召开", StringComparison.Ordinal) ? "会议明天" : "会议" + DaysAhead().Match(text).Groups[1].Value + "天后";
        else if (text.Contains("提醒未能送达", StringComparison.Ordinal)) kind = "未送达";
        else kind = "其他：" + text.Split('\n')[0];
        return kind + late;
    }

    [GeneratedRegex(@"还有 (\d+) 天")]
    private static partial Regex DaysLeft();

    [GeneratedRegex(@"已逾期 (\d+) 个工作日")]
    private static partial Regex WorkingDaysOverdue();

    [GeneratedRegex(@"将于 (\d+) 天后召开")]
    private static partial Regex DaysAhead();
}
