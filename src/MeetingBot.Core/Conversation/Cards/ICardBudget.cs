namespace MeetingBot.Core.Conversation.Cards;

/// <summary>
/// How much one card may hold, as the channels that render it decide (Teams' 28 KB of Adaptive Card JSON, Slack's
/// blocks per message). Features that fill a card by the page (a report with two dozen tasks, a long answer) ask
/// it whether a page still fits. A card may reach anyone on any channel, so the host's budget is the tightest of them.
/// </summary>
public interface ICardBudget
{
    bool Fits(Card card);
}
