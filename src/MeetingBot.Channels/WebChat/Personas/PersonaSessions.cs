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
    private const int SaveAttempts = 4;

    public async Task<PersonaSession> PrepareAsync(string jointMeetingId, string personaId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await store.LoadAsync(jointMeetingId.Trim(), cancellationToken);
            if (snapshot is null) return new(null, null, $"there is no joint meeting '{jointMeetingId}' (GET /webchat/personas lists them)");
            var loaded = snapshot.JointMeeting;
            var jointMeeting = loaded.Value;
            if (Persona.Find(jointMeeting, personaId) is not { } persona)
                return new(null, null, $"'{personaId}' is not a persona of {jointMeeting.Id}: use convenor, bystander or unit:<unit id> (GET /webchat/personas lists them)");

            var account = new ChatAccount(WebChatActivities.Channel, Persona.UserId(jointMeeting.Id, persona.Id), persona.Label);
            var changed = NeedsRole(jointMeeting, account, persona);
            if (changed)
            {
                jointMeeting.AssignRole(ChatAccount.System, account, persona.Role!.Value, persona.UnitId, time.GetUtcNow());
                try
                {
                    await store.SaveAsync(new ChangeSet(jointMeeting.Id).Update(loaded), cancellationToken);
                }
                catch (StoreConflictException) when (attempt < SaveAttempts)
                {
                    continue; // someone saved first: look again, the role may be there now
                }
                directory.Invalidate();
            }

            await directory.ChooseAsync(account, jointMeeting.Id, cancellationToken);
            Log.PersonaSession(log, account.Key, persona.Id, jointMeeting.Id, changed ? "role assigned" : "unchanged");
            return new(account, persona, null, changed);
        }
    }

    // A bystander never gets a role; anyone else only when they do not have exactly the persona's already.
    private static bool NeedsRole(JointMeeting jointMeeting, ChatAccount account, Persona persona)
    {
        if (persona.Role is null) return false;
        var contact = jointMeeting.FindContact(account);
        return contact is not { Status: ContactStatus.Approved } || contact.Role != persona.Role || contact.UnitId != persona.UnitId;
    }
}
