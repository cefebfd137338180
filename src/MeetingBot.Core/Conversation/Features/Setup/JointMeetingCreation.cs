using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Core.Conversation.Features.Setup;

/// <summary>
/// "创建联席会议 002": a joint meeting from a policy document, with the creator as its convenor and the command's
/// language as its own. In a group it is bound there too; in a 1:1 chat it becomes the one in use.
/// </summary>
internal sealed class JointMeetingCreation(PolicyCatalog catalog, CreateJointMeetingHandler create)
{
    public async Task RunAsync(ConversationTurn turn, CreateJointMeetingCommand command, CancellationToken cancellationToken)
    {
        if (command.Document is null)
        {
            turn.Say(Replies.CreateNeedsDocument(turn.Lang, catalog.Documents));
            return;
        }
        if (catalog.Find(command.Document) is not { } document)
        {
            turn.Say(Replies.UnknownDocument(turn.Lang, command.Document, catalog.Documents));
            return;
        }
        await CreateFromAsync(turn, document, command.Id, command.Name, cancellationToken);
    }

    /// <summary>Creates the joint meeting of a known document (typed by its number, or a file imported in chat).</summary>
    /// <param name="created">Called as soon as the joint meeting is stored (before the conversation is bound to it).</param>
    public async Task CreateFromAsync(ConversationTurn turn, PolicyDocument document, string? givenId, string? givenName, CancellationToken cancellationToken, Action? created = null)
    {
        var command = new CreateJointMeetingCommand(document.SourceName, givenId, givenName);
        var number = PolicyCatalog.Number(document);
        var all = await turn.Directory.ListAsync(cancellationToken);
        if (command.Id is { } given && all.FirstOrDefault(j => string.Equals(j.Id, given, StringComparison.OrdinalIgnoreCase)) is { } listed
            && await turn.Directory.GetAsync(listed.Id, cancellationToken) is { } taken)
        {
            turn.Say(Replies.DuplicateJointMeetingId(turn.Lang, taken, number));
            return;
        }
        var id = command.Id ?? JointMeetingIds.Pick(number, all.Select(j => j.Id));
        var settings = new JointMeetingSettings(
            id,
            command.Name ?? Replies.Shorten(document.JointMeeting?.Name ?? document.Title, JointMeeting.MaxNameLength),
            MinMeetingsPerYear: document.JointMeeting?.MinMeetingsPerYear is >= 1 and <= 12 and var n ? n : JointMeetingSettings.DefaultMinMeetingsPerYear,
            Language: turn.Lang == Lang.En ? "en" : JointMeetingSettings.DefaultLanguage);

        // A group bound to another joint meeting is rebound only when its managers agree (this person is one).
        var conversation = turn.Message.Conversation;
        var boundNow = conversation.Kind == ConversationKind.Group ? await ConversationBinding.BoundHereAsync(turn, cancellationToken) : null;
        var bindHere = conversation.Kind == ConversationKind.Group && (boundNow is null || boundNow.Identify(turn.From).IsManager);

        var result = await create.HandleAsync(new CreateJointMeeting(settings, document, turn.From), cancellationToken);
        turn.Directory.Invalidate();
        if (result.Refusal is { } why)
        {
            // Someone took the id between the check above and the save.
            if (await turn.Directory.FindAsync(id, cancellationToken) is { } raced && raced.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                turn.Say(Replies.DuplicateJointMeetingId(turn.Lang, raced, number));
                return;
            }
            throw new DomainException(DomainError.InvalidValue, why);
        }
        created?.Invoke();

        if (bindHere)
        {
            if (boundNow is not null) await ConversationBinding.UnbindFromAsync(turn, boundNow.Id, cancellationToken);
            await ConversationBinding.BindToAsync(turn, id, cancellationToken);
        }
        else
        {
            await turn.SwitchToAsync(id, cancellationToken);
            if (conversation.Kind == ConversationKind.Personal) await turn.Directory.ChooseAsync(turn.From, id, cancellationToken);
        }
        turn.Say(Replies.Created(turn.Lang, turn.JointMeeting!, document, conversation.Kind, bindHere, bindHere ? null : boundNow));
    }
}
