using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.WebChat.Personas;

/// <summary>The outcome of preparing a persona: the account to chat as, or why not (nothing changed then).</summary>
public sealed record PersonaSession(ChatAccount? Account, Persona? Persona, string? Problem, bool Changed = false);

/// <summary>
/// Makes a persona real before a local web chat session: its account gets the persona's role in the joint meeting
/// through the domain, as the operator (<see cref="ChatAccount.System"/>), so the change is audited like any
/// other; a second session as the same persona changes nothing. Its 1:1 chat is about that joint meeting.
/// </summary>
public sealed class PersonaSessions(IJointMeetingStore store, JointMeetingDirectory directory, TimeProvider time, ILogger<PersonaSessions> log)
{
    public async Task<PersonaSession> PrepareAsync(string jointMeetingId, string personaId, CancellationToken cancellationToken)
    {
        // A conflict means someone saved first: the change looks again, the role may be there now.
        var done = await store.ChangeAsync(jointMeetingId.Trim(), (snapshot, changes) =>
        {
            var loaded = snapshot.JointMeeting;
            var jointMeeting = loaded.Value;
            if (Persona.Find(jointMeeting, personaId) is not { } persona)
                return new PersonaSession(null, null, $"'{personaId}' is not a persona of {jointMeeting.Id}: use convenor, bystander or unit:<unit id> (GET /webchat/personas lists them)");

            var account = new ChatAccount(WebChatActivities.Channel, Persona.UserId(jointMeeting.Id, persona.Id), persona.Label);
            if (!NeedsRole(jointMeeting, account, persona)) return new PersonaSession(account, persona, null);
            jointMeeting.AssignRole(ChatAccount.System, account, persona.Role!.Value, persona.UnitId, time.GetUtcNow());
            changes.Update(loaded);
            return new PersonaSession(account, persona, null, Changed: true);
        }, cancellationToken);
        if (done is null) return new(null, null, $"there is no joint meeting '{jointMeetingId}' (GET /webchat/personas lists them)");
        if (done.Result is not { Account: { } account, Persona: { } chosen } session) return done.Result;

        if (done.Changed) directory.Invalidate();
        var id = done.AppliedTo.JointMeeting.Value.Id;
        await directory.ChooseAsync(account, id, cancellationToken);
        Log.PersonaSession(log, account.Key, chosen.Id, id, session.Changed ? "role assigned" : "unchanged");
        return session;
    }

    // A bystander never gets a role; anyone else only when they do not have exactly the persona's already.
    private static bool NeedsRole(JointMeeting jointMeeting, ChatAccount account, Persona persona)
    {
        if (persona.Role is null) return false;
        var contact = jointMeeting.FindContact(account);
        return contact is not { Status: ContactStatus.Approved } || contact.Role != persona.Role || contact.UnitId != persona.UnitId;
    }
}
