using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Slack.Rendering;

/// <summary>A card fits Slack when its blocks (and a row for file buttons) stay within a message's 50.</summary>
public sealed class SlackCardBudget : ICardBudget
{
    public static SlackCardBudget Instance { get; } = new();

    public bool Fits(Card card) => BlockKitRenderer.Blocks(card).Count < BlockKitRenderer.MaxMessageBlocks;
}

/// <summary>A card fits when it fits every channel it may reach.</summary>
public sealed class TightestCardBudget(params ICardBudget[] budgets) : ICardBudget
{
    public bool Fits(Card card) => budgets.All(b => b.Fits(card));
}
