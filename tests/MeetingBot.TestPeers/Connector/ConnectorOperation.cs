namespace MeetingBot.TestPeers.Connector;

/// <summary>The Bot Connector v3 operations the stub answers; Unknown ones get a 404.</summary>
public enum ConnectorOperation
{
    Unknown,
    CreateConversation,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    GetMembers,
    GetMember,
    GetPagedMembers,
}
