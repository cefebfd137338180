namespace MeetingBot.TestPeers.Connector;

/// <summary>A failure the stub connector plays instead of its normal answer (see StubConnector.EnqueueFault).</summary>
public sealed class StubFault
{
    private StubFault(StubFaultKind kind, int statusCode, string? errorCode, TimeSpan? retryAfter, TimeSpan delay)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
        Delay = delay;
    }

    public StubFaultKind Kind { get; }

    public int StatusCode { get; }

    /// <summary>The Bot Framework error code in the body; null picks the usual one for the status (e.g. Throttled).</summary>
    public string? ErrorCode { get; }

    /// <summary>Sent as a Retry-After header in whole seconds (rounded up) when set.</summary>
    public TimeSpan? RetryAfter { get; }

    public TimeSpan Delay { get; }

    /// <summary>Answers with this status and the Bot Framework error body <c>{"error":{"code","message"}}</c>.</summary>
    public static StubFault Status(int statusCode, string? errorCode = null, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new(StubFaultKind.Status, statusCode, errorCode, retryAfter, TimeSpan.Zero);
    }

    /// <summary>Never answers, until the client gives up or the stub is disposed (then the connection is dropped).</summary>
    public static StubFault Hang() => new(StubFaultKind.Hang, 0, null, null, TimeSpan.Zero);

    /// <summary>Answers normally, but only after this long (slow service, not a failure).</summary>
    public static StubFault Slow(TimeSpan delay) => new(StubFaultKind.Slow, 0, null, null, delay);

    /// <summary>Drops the connection without answering (a reset, as from a failing load balancer).</summary>
    public static StubFault Drop() => new(StubFaultKind.Drop, 0, null, null, TimeSpan.Zero);

    public override string ToString() => Kind switch
    {
        StubFaultKind.Status => $"Status({StatusCode}{(ErrorCode is null ? "" : ", " + ErrorCode)})",
        StubFaultKind.Slow => $"Slow({Delay})",
        _ => Kind.ToString(),
    };
}
