using System.Globalization;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// Task numbers as the document writes them (二.三.4, or 三@123 where a document repeats a heading) and as people
/// type them (二.三.4, 二、三、4, 2.3.4): equal when their numbers are.
/// </summary>
public static class TaskNumbers
{
    /// <summary>The number to show: the document's own in Chinese, digits in English; never the @line that only keeps ids unique.</summary>
    public static string Display(string taskId, Lang lang)
    {
        var path = taskId.Split('@')[0];
        return lang == Lang.En && Values(path) is { } values ? string.Join('.', values) : path;
    }

    /// <summary>The tasks among <paramref name="taskIds"/> whose number is the one typed.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> taskIds, string typed)
    {
        var wanted = Values(typed);
        if (wanted is null) return [];
        return taskIds.Where(id => Values(id.Split('@')[0]) is { } v && v.SequenceEqual(wanted)).ToList();
    }

    private static List<int>? Values(string number)
    {
        var values = new List<int>();
        foreach (var part in number.Split(['.', '．', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            var p = part.Trim();
            int? value = p.All(char.IsAsciiDigit) && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumerals.Parse(p);
            if (value is null) return null;
            values.Add(value.Value);
        }
        return values.Count == 0 ? null : values;
    }

    /// <summary>"二.三.4 建立一支双师型教师队伍".</summary>
    public static string Label(AssignedTask task, Lang lang) => $"{Display(task.Id, lang)} {task.Title}";
}
