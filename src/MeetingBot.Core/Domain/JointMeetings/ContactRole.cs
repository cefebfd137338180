namespace MeetingBot.Core.Domain.JointMeetings;

public enum ContactRole
{
    /// <summary>召集人: chairs the joint meeting; may do everything the secretariat may.</summary>
    Convenor,
    /// <summary>联席会议办公室 (秘书处): runs membership, meetings and reporting rounds.</summary>
    Secretariat,
    /// <summary>联络员: acts for one member unit (reports, attendance).</summary>
    UnitContact,
    /// <summary>Reads only.</summary>
    Observer,
}

public enum ContactStatus
{
    /// <summary>Asked to be bound; waits for the secretariat.</summary>
    Pending,
    Approved,
}
