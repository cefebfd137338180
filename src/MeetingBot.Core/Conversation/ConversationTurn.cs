using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// One message being answered: what was said, in which language, the joint meeting it is about (loaded on first
/// use), and the reply being built. Features read it, change the joint meeting through <see cref="ChangeAsync"/>
/// and answer through <see cref="Say"/>, <see cref="Send"/> and <see cref="Notify"/>.
/// </summary>
public sealed class ConversationTurn
{
    private readonly IJointMeetingStore store;
    private readonly JointMeetingDirectory directory;
    private string? jointMeetingId;
    private JointMeetingSnapshot? snapshot;
    // The pressed button's action id until a change is saved with it: one action, one change.
    private string? actionId;

    private readonly People.IPersonLanguages? people;

    internal ConversationTurn(ChatMessage message, DateTimeOffset now, IJointMeetingStore store, JointMeetingDirectory directory, ICardBudget cardBudget,
        People.IPersonLanguages? people = null)
    {
        this.people = people;
        Message = message;
        Now = now;
        this.store = store;
        this.directory = directory;
        CardBudget = cardBudget;
        Lang = Languages.Of(message);
        Reply = new BotReply(Lang);
        actionId = CardActions.Trimmed(message.Value, CardActions.ActionIdKey) is { } id && ActionReceipt.IsValidId(id) ? id : null;
    }

    public ChatMessage Message { get; }
    public ChatAccount From => Message.From;
    public string Text => Message.Text;
    public CardSubmission? Value => Message.Value;

    /// <summary>The card action pressed, or null for typed text.</summary>
    public string? CardAction => CardActions.ActionOf(Message.Value);

    public Lang Lang { get; }
    public DateTimeOffset Now { get; }
    public BotReply Reply { get; }

    /// <summary>How much a card may hold on the channels of this deployment.</summary>
    public ICardBudget CardBudget { get; }
    public JointMeetingDirectory Directory => directory;

    /// <summary>The joint meeting this turn is about, as last loaded or saved; null when none could be told.</summary>
    public JointMeetingSnapshot? Snapshot => snapshot;
    public JointMeeting? JointMeeting => snapshot?.JointMeeting.Value;

    /// <summary>Who the sender is in the joint meeting (a stranger when not a contact, or when there is none).</summary>
    public Participant Me => JointMeeting?.Identify(From) ?? new Participant(From, null, null);

    /// <summary>Today in the joint meeting's time zone (Asia/Shanghai when there is none).</summary>
    public DateOnly Today => TimeZones.LocalDate(Now, JointMeeting?.TimeZone ?? TimeZones.Find(JointMeetingSettings.DefaultTimeZoneId));

    /// <summary>The language of messages to others: the joint meeting's own.</summary>
    public Lang NoticeLang => JointMeeting is { } j ? Languages.FromSetting(j.State.Language) : Lang;

    /// <summary>What to answer after this turn, as if the person had said it next (see <see cref="ContinueWith"/>).</summary>
    public string? Continuation { get; private set; }

    /// <summary>
    /// Answers <paramref name="text"/> too once this turn is done: what the person first said before they had to
    /// choose a joint meeting, carried by the choose card so it is not lost.
    /// </summary>
    public void ContinueWith(string text) => Continuation = text;

    public void Say(string text) => Reply.Add(new OutgoingMessage(text) { Lang = Lang });

    public void Send(OutgoingMessage message) => Reply.Add(message.Lang is null ? message with { Lang = Lang } : message);

    /// <summary>
    /// Records what the pressed card becomes: <paramref name="card"/> as it was (rebuilt from the data), spent — its
    /// facts, what was submitted, <paramref name="done"/> by whom and when, no buttons; <paramref name="quote"/> names
    /// it in the answer.
    /// Nothing for typed text: there is no card to update.
    /// </summary>
    public void ReplacePressedCard(string quote, Card card, string done)
    {
        if (CardAction is null) return;
        var zone = JointMeeting?.TimeZone ?? TimeZones.Find(JointMeetingSettings.DefaultTimeZoneId);
        var line = Replies.UsedCardDone(card.Lang, done, From.DisplayName, Now, zone);
        Reply.ReplacePressedCard(new UsedCard(quote, new OutgoingMessage(line, UsedCards.Spent(card, line)) { Lang = card.Lang }));
    }

    /// <summary>A message for someone else, in the joint meeting's language unless it says its own.</summary>
    public void Notify(ChatAccount to, OutgoingMessage message) => Reply.Notify(to, message.Lang is null ? message with { Lang = NoticeLang } : message);

    /// <summary>The language to write to <paramref name="person"/> in: the one they chat in, else the joint meeting's.</summary>
    public Lang LangOf(ChatAccount person) => people?.Find(person) ?? NoticeLang;

    /// <summary>A message for someone else, written in their language (<see cref="LangOf"/>).</summary>
    public void Notify(ChatAccount to, Func<Lang, OutgoingMessage> compose)
    {
        var lang = LangOf(to);
        var message = compose(lang);
        Reply.Notify(to, message.Lang is null ? message with { Lang = lang } : message);
    }

    /// <summary>Every approved contact of a member unit, each in their language.</summary>
    public void NotifyUnit(string unitId, Func<Lang, OutgoingMessage> compose)
    {
        foreach (var contact in JointMeeting?.Contacts ?? [])
            if (contact is { Status: ContactStatus.Approved, Role: ContactRole.UnitContact } && contact.UnitId == unitId)
                Notify(contact.Account, compose);
    }

    /// <summary>The convenor and the secretariat, each in their language.</summary>
    public void NotifyManagers(Func<Lang, OutgoingMessage> compose)
    {
        foreach (var contact in JointMeeting?.Contacts ?? [])
            if (contact is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat })
                Notify(contact.Account, compose);
    }

    /// <summary>Every approved contact of a member unit.</summary>
    public void NotifyUnit(string unitId, OutgoingMessage message)
    {
        foreach (var contact in JointMeeting?.Contacts ?? [])
            if (contact is { Status: ContactStatus.Approved, Role: ContactRole.UnitContact } && contact.UnitId == unitId)
                Notify(contact.Account, message);
    }

    /// <summary>The convenor and the secretariat.</summary>
    public void NotifyManagers(OutgoingMessage message)
    {
        foreach (var contact in JointMeeting?.Contacts ?? [])
            if (contact is { Status: ContactStatus.Approved, Role: ContactRole.Convenor or ContactRole.Secretariat })
                Notify(contact.Account, message);
    }

    /// <summary>
    /// Loads the joint meeting this turn is about: the one a card was about, else the one the directory resolves.
    /// False when none can be told; the feature then asks the person to choose (<see cref="AskToChooseAsync"/>).
    /// </summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (snapshot is not null) return true;
        jointMeetingId ??= CardActions.Trimmed(Value, CardActions.JointMeetingKey)
            ?? (await directory.ResolveAsync(Message, cancellationToken))?.Id;
        if (jointMeetingId is null) return false;
        snapshot = await store.LoadAsync(jointMeetingId, cancellationToken);
        if (snapshot is not null) await RequireNotDoneAsync(cancellationToken);
        return snapshot is not null;
    }

    /// <summary>A button pressed again (or replayed) is answered with what it did the first time; nothing else happens.</summary>
    private async Task RequireNotDoneAsync(CancellationToken cancellationToken)
    {
        if (actionId is not null && await store.FindActionAsync(jointMeetingId!, actionId, cancellationToken) is { } done)
            throw new ActionAlreadyDoneException(done);
    }

    /// <summary>Every saved version of a unit's report in a round of this turn's joint meeting, oldest first.</summary>
    public Task<IReadOnlyList<Domain.Reporting.ReportVersion>> ReportHistoryAsync(string roundId, string unitId, CancellationToken cancellationToken) =>
        store.GetReportHistoryAsync(snapshot?.JointMeeting.Value.Id ?? throw new InvalidOperationException("Load the joint meeting first."), roundId, unitId, cancellationToken);

    /// <summary>Works on this joint meeting from now on (after "use demo-002", or creating one).</summary>
    public async Task<bool> SwitchToAsync(string id, CancellationToken cancellationToken)
    {
        jointMeetingId = id;
        snapshot = null;
        return await LoadAsync(cancellationToken);
    }

    /// <summary>Says that no joint meeting is known here and how to pick one: the first page of the deployment's.</summary>
    public async Task AskToChooseAsync(CancellationToken cancellationToken)
    {
        var first = await directory.PageAsync(null, 1, cancellationToken);
        // Typed words ride on the card, so that choosing answers them too; a card's own action does not.
        var said = CardAction is null && Text.Length is > 0 and <= Replies.MaxCarriedText ? Text : null;
        AskToChoose(first!, said);
    }

    /// <summary>Asks to choose among <paramref name="page"/>; the card carries <paramref name="said"/> to answer once chosen.</summary>
    public void AskToChoose(JointMeetingPage page, string? said) =>
        Send(Replies.ChooseJointMeeting(Lang, page, Message.Conversation.Kind, CardActions.Trimmed(Value, CardActions.JointMeetingKey), said));

    /// <summary>
    /// Loads the joint meeting, applies a change to fresh copies of its aggregates and saves them atomically. When
    /// someone else saved first, it reloads and applies the change again (so the rules see their change too).
    /// A <see cref="DomainException"/> from the change leaves everything as it was.
    /// </summary>
    public async Task<T> ChangeAsync<T>(Func<JointMeetingSnapshot, ChangeSet, T> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            throw new InvalidOperationException("ChangeAsync needs a joint meeting: call LoadAsync first.");
        var done = await store.ChangeAsync(jointMeetingId!, change, cancellationToken, loaded: snapshot, actionId: actionId,
            reloaded: async (fresh, ct) =>
            {
                snapshot = fresh;
                // The conflict may be the same button pressed at the same time elsewhere.
                await RequireNotDoneAsync(ct);
            });
        if (done is null) throw new DomainException(DomainError.InvalidValue, $"Joint meeting {jointMeetingId} was deleted.");

        if (done.Changed) actionId = null;
        if (done.Changes.Changes.Any(c => c.Aggregate is JointMeeting)) directory.Invalidate();
        // Read back what was stored: ETags changed, and later steps of the turn must see the change.
        snapshot = await store.LoadAsync(jointMeetingId!, cancellationToken);
        return done.Result;
    }

    public Task ChangeAsync(Action<JointMeetingSnapshot, ChangeSet> change, CancellationToken cancellationToken) =>
        ChangeAsync<bool>((s, c) => { change(s, c); return true; }, cancellationToken);
}
