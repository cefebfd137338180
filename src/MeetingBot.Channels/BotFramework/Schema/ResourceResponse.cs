namespace MeetingBot.Channels.BotFramework.Schema;

/// <summary>What the Connector answers to a send, reply or update: the id the channel gave the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
