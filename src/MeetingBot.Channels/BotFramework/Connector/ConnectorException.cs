using System.Net;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// A Connector call failed for good, after <see cref="Attempts"/> tries: refused with a status and Bot Framework
/// error code (e.g. 403 ConversationBlockedByUser), or unreachable (no answer, timeouts; <see cref="Status"/> null).
/// </summary>
public sealed class ConnectorException(HttpStatusCode? status, string? code, string message, int attempts, Exception? inner = null)
    : Exception(Describe(status, code, message, attempts), inner)
{
    public HttpStatusCode? Status { get; } = status;
    public string? Code { get; } = code;
    public int Attempts { get; } = attempts;

    private static string Describe(HttpStatusCode? status, string? code, string message, int attempts)
    {
        var what = status is { } s ? $"HTTP {(int)s} {code ?? s.ToString()}: {message}" : $"no answer: {message}";
        return attempts > 1 ? $"{what} (after {attempts} attempts)" : what;
    }
}
