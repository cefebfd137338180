namespace MeetingBot.TestPeers.Connector;

public enum StubFaultKind
{
    Status,
    Hang,
    Slow,
    Drop,
}
