using System.Globalization;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// Questions anyone may ask, strangers included: who is responsible for something, what a unit owns, which targets
/// fall due, and (for a unit's contact) my unit's tasks. Answered from the documents of the joint meeting the
/// conversation is about (all documents when there is none); long answers come a page at a time. Offered messages
/// last, and claims only those that read as one of these questions.
/// </summary>
/// <param name="people">Where paging positions are kept: the store's person memory; this process's memory when null.</param>
public sealed class QuestionsFeature(PolicyCatalog catalog, IPersonMemory? people = null) : IConversationFeature
{
    private readonly PagingMemory paging = new(people);

    public IEnumerable<CommandHelp> Commands => Replies.QuestionsCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.CardAction is { } action)
        {
            if (action is not (AnswerPages.MoreAction or AnswerPages.AskAction)) return false;
            await ContinueFromCardAsync(turn, cancellationToken);
            return true;
        }

        if (QuestionsCommands.Parse(turn.Text, turn.Today) is not { } first) return false;
        var loaded = await turn.LoadAsync(cancellationToken);
        // Read again now that "today" is the joint meeting's own (its time zone decides "今年").
        var command = QuestionsCommands.Parse(turn.Text, turn.Today) ?? first;
        if (command is MoreCommand)
        {
            if (await paging.RecallAsync(turn.Message, cancellationToken) is not { } last || QuestionsCommands.Parse(last.Query, turn.Today) is not { } again || again is MoreCommand)
            {
                turn.Say(Replies.QuestionsNothingToContinue(turn.Lang));
                return true;
            }
            command = again with { Page = last.NextPage };
        }
        if (command is MyTasksCommand && !loaded && (await turn.Directory.ListAsync(cancellationToken)).Count > 1)
        {
            // Several joint meetings and none told: "my tasks" means nothing until one is chosen.
            await turn.AskToChooseAsync(cancellationToken);
            return true;
        }
        await AnswerAsync(turn, command, cancellationToken);
        return true;
    }

    // The "更多" button: its data is untrusted, so the question is read like typed text and the page checked.
    private async Task ContinueFromCardAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var query = CardActions.Trimmed(turn.Value, AnswerPages.QueryKey);
        var pageText = CardActions.Trimmed(turn.Value, AnswerPages.PageKey);
        var command = query is null ? null : QuestionsCommands.Parse(query, turn.Today);
        if (command is null or MoreCommand or QuestionUsageCommand
            || !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page is < 1 or > QuestionsCommands.MaxPage)
        {
            turn.Say(Replies.QuestionsStaleCard(turn.Lang));
            return;
        }
        if (!await turn.LoadAsync(cancellationToken) && CardActions.Trimmed(turn.Value, CardActions.JointMeetingKey) is not null)
        {
            // The joint meeting the card was about is gone: say so, rather than answer from other documents.
            await turn.AskToChooseAsync(cancellationToken);
            return;
        }
        await AnswerAsync(turn, command with { Page = page }, cancellationToken);
    }

    private async Task AnswerAsync(ConversationTurn turn, QuestionsCommand command, CancellationToken cancellationToken)
    {
        var answer = Build(new QuestionContext(turn.Lang, catalog.IndexFor(turn.JointMeeting), catalog, turn.Snapshot, turn.Me, turn.Today), command);

        var message = AnswerPages.Render(turn.Lang, answer, command.Page, command.Query, turn.JointMeeting?.Id, turn.CardBudget);
        if (message is null)
        {
            turn.Say(Replies.QuestionsNoSuchPage(turn.Lang, command.Page, answer.Pages));
            await paging.ForgetAsync(turn.Message, cancellationToken);
            return;
        }
        turn.Send(message);
        if (command.Page < answer.Pages) await paging.RememberAsync(turn.Message, command.Query, command.Page + 1, cancellationToken);
        else await paging.ForgetAsync(turn.Message, cancellationToken);
    }

    /// <summary>
    /// The answer to a question of anyone, outside any chat and joint meeting (the command line's <c>policy ask</c>),
    /// worded by the same code as in chat; null when the text is not a question this feature reads.
    /// </summary>
    public static QuestionAnswer? AnswerOutsideChat(PolicyCatalog catalog, string text, DateOnly today)
    {
        if (QuestionsCommands.Parse(text, today) is not { } command || command is MyTasksCommand) return null;
        var lang = Languages.Detect(text, null);
        var anyone = new Participant(new ChatAccount("cli", "cli", "cli"), null, null);
        return Build(new QuestionContext(lang, catalog.IndexFor(null), catalog, null, anyone, today), command);
    }

    private static QuestionAnswer Build(QuestionContext context, QuestionsCommand command) => command switch
    {
        MyTasksCommand => MyTasksAnswer.Build(context),
        QuestionUsageCommand usage => QuestionAnswer.Plain(Replies.QuestionsUsage(context.Lang, usage.Kind)),
        PolicyQuestionCommand { Question.Kind: PolicyQuestionKind.UnitTasks } q => UnitDutiesAnswer.Build(context, q.Question.Subject),
        PolicyQuestionCommand { Question.Kind: PolicyQuestionKind.TargetsDue } q => TargetsAnswer.Build(context, q.Question),
        PolicyQuestionCommand { Question.Kind: PolicyQuestionKind.JointMeeting } q => JointMeetingAnswer.Build(context, q.Question),
        PolicyQuestionCommand q => ResponsibilityAnswer.Build(context, q.Question),
        _ => throw new InvalidOperationException($"Unexpected question {command}."),
    };
}
