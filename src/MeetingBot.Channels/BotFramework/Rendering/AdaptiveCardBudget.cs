using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.BotFramework.Rendering;

/// <summary>A card fits when its Adaptive Card JSON stays under <see cref="AdaptiveCardRenderer.MaxCardBytes"/>.</summary>
public sealed class AdaptiveCardBudget : ICardBudget
{
    public static AdaptiveCardBudget Instance { get; } = new();

    public bool Fits(Card card) => AdaptiveCardRenderer.Size(AdaptiveCardRenderer.Render(card)) <= AdaptiveCardRenderer.MaxCardBytes;
}
