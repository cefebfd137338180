using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation.People;

/// <summary>
/// The language each person chats in, remembered durably: a contact who writes in English (or whose client says
/// English) gets their notices, report cards, approval cards and reminders in English, even in a Chinese joint
/// meeting. People the bot has not heard from get the joint meeting's language.
/// </summary>
public interface IPersonLanguages
{
    /// <summary>The language the person last chatted in; null when unknown.</summary>
    Lang? Find(ChatAccount person);

    /// <summary>Remembers it; a language already known is not written again.</summary>
    Task RememberAsync(ChatAccount person, Lang lang, CancellationToken cancellationToken);
}
