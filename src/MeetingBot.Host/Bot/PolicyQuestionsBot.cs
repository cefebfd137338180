using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Host.Bot;

/// <summary>
/// The bot every channel talks to until the full conversation (joint meetings, meetings, reports) arrives: it
/// answers questions about the policy documents it knows, welcomes people when installed, and lists its commands.
/// </summary>
internal sealed class PolicyQuestionsBot(PolicyQuestions questions, TimeProvider time) : ActivityHandler
{
    protected override async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var english = BotTexts.IsEnglish(turn.Activity.Locale, turn.Text);
        if (turn.Text.Length == 0)
        {
            // A card submission or an empty mention: nothing to interpret yet.
            await turn.SendTextAsync(BotTexts.Help(english), cancellationToken);
            return;
        }

        if (BotTexts.IsHelp(turn.Text))
        {
            await turn.SendTextAsync(BotTexts.Help(english), cancellationToken);
            return;
        }

        var today = TimeZones.LocalDate(time.GetUtcNow(), TimeZones.Find(JointMeetingSettings.DefaultTimeZoneId));
        await turn.SendTextAsync(questions.Answer(CommandWords.Expand(turn.Text), today), cancellationToken);
    }

    protected override Task OnBotAddedAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendTextAsync(BotTexts.Welcome(BotTexts.IsEnglish(turn.Activity.Locale, "")), cancellationToken);
}

/// <summary>The policy documents the bot knows (the seeds beside the host), indexed once.</summary>
internal sealed class PolicyQuestions(PolicyIndex index)
{
    public string Answer(string question, DateOnly today) => PolicyAnswerText.Render(index.Ask(question, today));
}
