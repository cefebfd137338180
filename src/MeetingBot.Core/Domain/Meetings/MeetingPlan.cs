namespace MeetingBot.Core.Domain.Meetings;

/// <summary>When and where a meeting is to be held, as the convenor or secretariat gives it.</summary>
public sealed record MeetingPlan(DateTime LocalStart, TimeSpan Duration, string? Location = null, string? OnlineLink = null, string? Agenda = null)
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(2);
}
