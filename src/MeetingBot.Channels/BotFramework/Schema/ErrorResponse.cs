namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>The Bot Framework error body, both what the Connector sends us and what we answer with on a bad request.</summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }

    public static ErrorResponse Of(string code, string message) => new() { Error = new ErrorDetail { Code = code, Message = message } };
}

public sealed class ErrorDetail
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
