namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>A member unit (成员单位). <see cref="Id"/> is stable across renames and is what tasks and reports refer to.</summary>
public sealed record MemberUnit(string Id, string Name, IReadOnlyList<string> Aliases)
{
    public const int MaxNameLength = 100;

    public bool IsCalled(string name) =>
        string.Equals(Name, name, StringComparison.Ordinal) || Aliases.Contains(name, StringComparer.Ordinal);
}
