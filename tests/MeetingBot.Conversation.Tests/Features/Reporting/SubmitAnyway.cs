using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>
/// Submitting a report card as a person does who means it: presses the submit button and, when the bot names tasks
/// left blank and asks, presses "submit anyway". For tests about something other than blank tasks.
/// </summary>
internal static class SubmitAnyway
{
    public static async Task<BotReply> SubmitsReportAsync(this ChatPerson person, OutgoingMessage card, IReadOnlyDictionary<string, string>? inputs = null, Lang lang = Lang.Zh)
    {
        var reply = await person.PressAsync(card, Replies.SubmitButton(lang), inputs);
        var anyway = Replies.SubmitAnywayButton(lang);
        var ask = reply.Messages.LastOrDefault(m => m.Card is not null && m.Text.Contains(anyway, StringComparison.Ordinal));
        return ask is null ? reply : await person.PressAsync(ask, anyway);
    }
}
