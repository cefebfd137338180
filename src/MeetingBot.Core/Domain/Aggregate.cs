using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Audit;

namespace MeetingBot.Core.Domain;

/// <summary>
/// Base of the aggregates: each change records an audit entry that the store writes in the same atomic change
/// as the aggregate itself, so the audit can neither miss a change nor record one that did not happen.
/// </summary>
public abstract class Aggregate
{
    private readonly List<AuditEntry> pendingAudit = [];

    public string JointMeetingId { get; protected init; } = "";

    public IReadOnlyList<AuditEntry> PendingAudit => pendingAudit;

    protected void Record(DateTimeOffset at, ChatAccount by, string action, string subject, string? detail = null) =>
        pendingAudit.Add(new AuditEntry(at, by, action, subject, detail));

    /// <summary>Called by the store once the change is durable.</summary>
    public virtual void AcceptChanges() => pendingAudit.Clear();
}
