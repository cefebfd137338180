namespace MeetingBot.Core.Commands;

/// <summary>
/// One command as a person sees it in a client's command menu (the Teams manifest's command list, Slack's
/// slash-command hints) and in help: the Chinese word the bot understands first, its English form, what it does.
/// </summary>
public sealed record BotCommand(string Chinese, string English, string DescriptionZh, string DescriptionEn);
