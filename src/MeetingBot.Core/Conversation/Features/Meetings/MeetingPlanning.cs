using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Meetings;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Schedule, reschedule, cancel and mark held, typed or from a card. The role is asked of the domain first (for an
/// answer before any validation), and again by the meeting itself when it changes.
/// </summary>
internal static class MeetingPlanning
{
    public static void ShowScheduleForm(ConversationTurn turn, MeetingDetails? filled = null)
    {
        turn.Me.RequireManager("schedule meetings");
        turn.Send(new OutgoingMessage(ExampleDates.AsOf(Replies.ScheduleFormText(turn.Lang), turn.Today), MeetingCards.ScheduleForm(turn.Lang, turn.JointMeeting!.Id, filled)));
    }

    public static async Task ScheduleAsync(ConversationTurn turn, InvitationAddresses invitations, MeetingLineReading reading, bool fromCard, CancellationToken cancellationToken, IReadOnlyList<string>? agreed = null)
    {
        turn.Me.RequireManager("schedule meetings");
        var details = reading.Details;
        var problem = reading.Problem is not null ? reading
            : details.Date is null ? reading with { Problem = MeetingProblem.MissingDate, ProblemText = "" }
            : details.Time is null ? reading with { Problem = MeetingProblem.MissingTime }
            : MeetingForm.Check(details);
        if (problem is not null)
        {
            Refuse(turn, MeetingVerb.Schedule, problem, fromCard ? MeetingCards.ScheduleForm(turn.Lang, turn.JointMeeting!.Id, problem.Details) : null);
            return;
        }

        var date = details.Date!.Value;
        var plan = new MeetingPlan(date.ToDateTime(details.Time!.Value), TimeSpan.FromMinutes(details.DurationMinutes ?? MeetingPlan.DefaultDuration.TotalMinutes),
            details.Location, details.Link, details.FullAgenda);
        var (meeting, clashes) = await turn.ChangeAsync((snapshot, changes) =>
        {
            // The time and the id are checked against the meetings as saved, again on a retry after a conflict; the
            // store saves the new meeting only while no other meeting got a new time since this load.
            var meetings = snapshot.Meetings.Select(m => m.Value).ToList();
            if (MeetingCalendar.Clash(meetings, plan, agreed: agreed) is not null)
                return (null, MeetingCalendar.AllClashes(meetings, plan));
            var id = MeetingIds.Next(meetings.Select(m => m.Id));
            var scheduled = Meeting.Schedule(snapshot.JointMeeting.Value, turn.From, id, plan, turn.Now);
            changes.Add(scheduled);
            return ((Meeting?)scheduled, (IReadOnlyList<Meeting>)[]);
        }, cancellationToken);
        if (meeting is null)
        {
            MeetingClash.Ask(turn, clashes, plan);
            return;
        }

        var notified = MeetingNotices.Send(turn, invitations, meeting, MeetingNoticeKind.Scheduled);
        Confirm(turn, invitations, meeting, Replies.Scheduled(turn.Lang, meeting, notified, MeetingLookup.YearCheck(turn, meeting.LocalDate.Year)));
        if (fromCard)
            turn.ReplacePressedCard(Replies.ScheduleFormQuote(turn.Lang), MeetingCards.ScheduleForm(turn.Lang, turn.JointMeeting!.Id, details),
                Replies.ScheduledDone(turn.Lang, meeting.Id));
    }

    public static async Task RescheduleAsync(ConversationTurn turn, InvitationAddresses invitations, RescheduleMeeting command, CancellationToken cancellationToken)
    {
        turn.Me.RequireManager("reschedule meetings");
        var details = command.Details;
        Meeting? meeting;
        if (command.Meeting is { } named && MeetingLookup.Find(turn, named) is { } found)
            meeting = found;
        else if (command.WithoutRef is { } whole)
        {
            // "调整会议 2026-06-20 09:00" with no meeting of that day: the day is the new one, of the only planned meeting.
            details = whole;
            meeting = Resolve(turn, null, id => Replies.TypedReschedule(turn.Lang, id), MeetingCards.RescheduleFormAction);
        }
        else
            meeting = Resolve(turn, command.Meeting, id => Replies.TypedReschedule(turn.Lang, id), MeetingCards.RescheduleFormAction);
        if (meeting is null || !StillPlanned(turn, meeting, fromCard: false)) return;

        if (!details.ChangesSomething)
        {
            ShowRescheduleForm(turn, meeting);
            return;
        }
        if (MeetingForm.Check(details with { Title = null }) is { } problem)
        {
            Refuse(turn, MeetingVerb.Reschedule, problem, null);
            return;
        }

        // Typed: what is not said stays as it was.
        var s = meeting.State;
        var plan = new MeetingPlan(
            (details.Date ?? meeting.LocalDate).ToDateTime(details.Time ?? TimeOnly.FromDateTime(s.LocalStart)),
            TimeSpan.FromMinutes(details.DurationMinutes ?? s.DurationMinutes),
            details.Location ?? s.Location, details.Link ?? s.OnlineLink, details.Agenda ?? s.Agenda);
        await ApplyRescheduleAsync(turn, invitations, meeting, plan, details.Title is { } note ? Replies.Shorten(note, 200) : null, cancellationToken);
    }

    public static void ShowRescheduleForm(ConversationTurn turn, Meeting meeting)
    {
        turn.Me.RequireManager("reschedule meetings");
        if (!StillPlanned(turn, meeting, fromCard: false)) return;
        turn.Send(new OutgoingMessage(Replies.RescheduleFormText(turn.Lang, meeting), MeetingCards.RescheduleForm(turn.Lang, turn.JointMeeting!.Id, meeting)));
    }

    /// <summary>The reschedule card sends the whole plan: an emptied place is no place.</summary>
    public static async Task RescheduleFromCardAsync(ConversationTurn turn, InvitationAddresses invitations, CancellationToken cancellationToken)
    {
        turn.Me.RequireManager("reschedule meetings");
        if (MeetingLookup.FromCard(turn) is not { } meeting || !StillPlanned(turn, meeting, fromCard: true)) return;
        var reading = MeetingForm.Read(turn.Value, turn.Today);
        var details = reading.Details;
        var problem = reading.Problem is not null ? reading
            : details.Date is null ? reading with { Problem = MeetingProblem.MissingDate, ProblemText = "" }
            : details.Time is null ? reading with { Problem = MeetingProblem.MissingTime }
            : null;
        if (problem is not null)
        {
            Refuse(turn, MeetingVerb.Reschedule, problem, MeetingCards.RescheduleForm(turn.Lang, turn.JointMeeting!.Id, meeting));
            return;
        }
        var plan = new MeetingPlan(details.Date!.Value.ToDateTime(details.Time!.Value),
            TimeSpan.FromMinutes(details.DurationMinutes ?? meeting.State.DurationMinutes), details.Location, details.Link, details.Agenda);
        try
        {
            await ApplyRescheduleAsync(turn, invitations, meeting, plan, null, cancellationToken, MeetingForm.SequenceOf(turn.Value));
        }
        catch (DomainException stale) when (stale.Error == DomainError.StaleVersion)
        {
            var now = Loaded(turn.Snapshot!, meeting.Id).Value;
            turn.Send(new OutgoingMessage(Replies.MeetingFormStale(turn.Lang, now), MeetingCards.RescheduleForm(turn.Lang, turn.JointMeeting!.Id, now)));
        }
    }

    private static async Task ApplyRescheduleAsync(ConversationTurn turn, InvitationAddresses invitations, Meeting meeting, MeetingPlan plan, string? note, CancellationToken cancellationToken, int? basedOn = null)
    {
        var moved = await turn.ChangeAsync((snapshot, changes) =>
        {
            var loaded = Loaded(snapshot, meeting.Id);
            // A move onto another planned meeting's time is refused, checked on the meetings as saved (see ScheduleAsync).
            if (MeetingCalendar.Clash(snapshot.Meetings.Select(m => m.Value), plan, moving: loaded.Value.Id) is { } clash)
                return (Meeting: loaded.Value, Was: default, Clash: clash);
            // What it was before is read from the meeting as saved, again on a retry.
            var was = (Replies.MeetingWhen(turn.Lang, loaded.Value), Replies.MeetingWhen(turn.NoticeLang, loaded.Value));
            loaded.Value.Reschedule(snapshot.JointMeeting.Value, turn.From, plan, turn.Now, basedOn);
            changes.Update(loaded);
            return (Meeting: loaded.Value, Was: was, Clash: (Meeting?)null);
        }, cancellationToken);
        if (moved.Clash is { } taken)
        {
            turn.Say(Replies.MoveClashes(turn.Lang, moved.Meeting, taken));
            return;
        }
        var (before, beforeInNotice) = moved.Was;

        var notified = MeetingNotices.Send(turn, invitations, moved.Meeting, MeetingNoticeKind.Rescheduled, beforeInNotice, note);
        Confirm(turn, invitations, moved.Meeting, Replies.Rescheduled(turn.Lang, moved.Meeting, before, notified));
    }

    public static async Task CancelAsync(ConversationTurn turn, InvitationAddresses invitations, MeetingRef? reference, string? reason, bool fromCard, CancellationToken cancellationToken)
    {
        turn.Me.RequireManager("cancel meetings");
        var meeting = fromCard ? MeetingLookup.FromCard(turn) : Resolve(turn, reference, id => Replies.TypedCancel(turn.Lang, id), MeetingCards.CancelFormAction);
        if (meeting is null || !StillPlanned(turn, meeting, fromCard)) return;

        if (reason is null)
        {
            turn.Send(new OutgoingMessage(Replies.CancelFormText(turn.Lang, meeting), MeetingCards.CancelForm(turn.Lang, turn.JointMeeting!.Id, meeting)));
            return;
        }
        if (reason.Length > MeetingCommands.MaxReasonLength)
        {
            Refuse(turn, MeetingVerb.Cancel, new MeetingLineReading(MeetingDetails.None, MeetingProblem.TooLong, reason),
                MeetingCards.CancelForm(turn.Lang, turn.JointMeeting!.Id, meeting));
            return;
        }

        Meeting cancelled;
        try
        {
            var basedOn = fromCard ? MeetingForm.SequenceOf(turn.Value) : null;
            cancelled = await turn.ChangeAsync((snapshot, changes) =>
            {
                var loaded = Loaded(snapshot, meeting.Id);
                loaded.Value.Cancel(snapshot.JointMeeting.Value, turn.From, reason, turn.Now, basedOn);
                changes.Update(loaded);
                return loaded.Value;
            }, cancellationToken);
        }
        catch (DomainException stale) when (stale.Error == DomainError.StaleVersion)
        {
            var now = Loaded(turn.Snapshot!, meeting.Id).Value;
            turn.Send(new OutgoingMessage(Replies.MeetingFormStale(turn.Lang, now), MeetingCards.CancelForm(turn.Lang, turn.JointMeeting!.Id, now)));
            return;
        }

        var notified = MeetingNotices.Send(turn, invitations, cancelled, MeetingNoticeKind.Cancelled);
        Confirm(turn, invitations, cancelled, Replies.Cancelled(turn.Lang, cancelled, notified, MeetingLookup.YearCheck(turn, cancelled.LocalDate.Year)));
    }

    public static void ShowCancelForm(ConversationTurn turn)
    {
        turn.Me.RequireManager("cancel meetings");
        if (MeetingLookup.FromCard(turn) is not { } meeting || !StillPlanned(turn, meeting, fromCard: true)) return;
        turn.Send(new OutgoingMessage(Replies.CancelFormText(turn.Lang, meeting), MeetingCards.CancelForm(turn.Lang, turn.JointMeeting!.Id, meeting)));
    }

    public static async Task MarkHeldAsync(ConversationTurn turn, MeetingRef? reference, bool fromCard, CancellationToken cancellationToken)
    {
        turn.Me.RequireManager("record meetings as held");
        var meeting = fromCard
            ? MeetingLookup.FromCard(turn)
            : MeetingLookup.Resolve(turn, reference, m => m.Status == MeetingStatus.Planned && m.StartsAt <= turn.Now,
                id => Replies.TypedHeld(turn.Lang, id), MeetingCards.HeldAction, Replies.NoMeetingStarted(turn.Lang));
        if (meeting is null || !StillPlanned(turn, meeting, fromCard)) return;

        var held = await turn.ChangeAsync((snapshot, changes) =>
        {
            var loaded = Loaded(snapshot, meeting.Id);
            loaded.Value.MarkHeld(snapshot.JointMeeting.Value, turn.From, turn.Now);
            changes.Update(loaded);
            return loaded.Value;
        }, cancellationToken);
        turn.Say(Replies.MarkedHeld(turn.Lang, held, MeetingLookup.YearCheck(turn, held.LocalDate.Year)));
    }

    /// <summary>A meeting cancelled or held is not changed again: say what became of it.</summary>
    public static bool StillPlanned(ConversationTurn turn, Meeting meeting, bool fromCard)
    {
        if (meeting.Status == MeetingStatus.Planned) return true;
        turn.Say(Replies.MeetingNoLongerPlanned(turn.Lang, meeting, fromCard));
        return false;
    }

    public static void Refuse(ConversationTurn turn, MeetingVerb verb, MeetingLineReading problem, Card? card) =>
        turn.Send(new OutgoingMessage(Replies.MeetingProblemText(turn.Lang, verb, problem.Problem ?? MeetingProblem.MissingChange, problem.ProblemText, turn.Today), card));

    private static Meeting? Resolve(ConversationTurn turn, MeetingRef? reference, Func<string, string> typed, string pickAction) =>
        MeetingLookup.Resolve(turn, reference, m => MeetingLookup.IsUpcoming(turn, m), typed, pickAction, Replies.NoMeetingToAct(turn.Lang, MeetingVerb.Schedule, turn.Me.IsManager));

    // The confirmation carries the invitation too: the one who acted gets no notice of their own.
    private static void Confirm(ConversationTurn turn, InvitationAddresses invitations, Meeting meeting, string text) =>
        turn.Send(new OutgoingMessage(text, null, [MeetingInvitation.For(turn.JointMeeting!, meeting, turn.Now, turn.Lang, invitations)]));

    private static Domain.Persistence.Versioned<Meeting> Loaded(Domain.Persistence.JointMeetingSnapshot snapshot, string id) =>
        snapshot.FindMeeting(id) ?? throw new DomainException(DomainError.InvalidValue, $"Meeting {id} no longer exists.");
}
