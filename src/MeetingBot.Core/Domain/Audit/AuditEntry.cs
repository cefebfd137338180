using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.Audit;

/// <summary>Who changed what and when, in a joint meeting: one entry per change to membership, meetings, rounds or reports.</summary>
public sealed record AuditEntry(DateTimeOffset At, ChatAccount By, string Action, string Subject, string? Detail = null);
