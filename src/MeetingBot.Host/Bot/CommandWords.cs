using MeetingBot.Core.Commands;

namespace MeetingBot.Host.Bot;

/// <summary>
/// Turns a command picked from a client's menu ("单位职责 区财政局") into the question it stands for
/// ("区财政局负责什么"), so menu commands and typed questions meet the same question parser.
/// </summary>
internal static class CommandWords
{
    public static string Expand(string text)
    {
        if (Rest(text, CommandCatalog.UnitDuties.Chinese) is { } unit) return unit.Length == 0 ? text : $"{unit}负责什么";
        if (Rest(text, CommandCatalog.TargetsDue.Chinese) is { } when) return when.Length == 0 ? "今年到期的目标" : $"{when}到期的目标";
        if (Rest(text, CommandCatalog.TargetsDue.English) is { } by) return by.Length == 0 ? "targets due this year" : $"targets due by {by}";
        return text;
    }

    private static string? Rest(string text, string command) =>
        text.StartsWith(command, StringComparison.OrdinalIgnoreCase) ? text[command.Length..].Trim(' ', '：', ':', '，', ',') : null;
}
