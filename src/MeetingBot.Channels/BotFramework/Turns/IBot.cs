namespace MeetingBot.Channels.BotFramework.Turns;

/// <summary>The bot's logic for one turn; the channel adapter calls it once per incoming activity.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
