using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.UseCases;

/// <summary>Create a joint meeting from a policy document: members from its clause (or its tasks), tasks and targets from it.</summary>
public sealed record CreateJointMeeting(JointMeetingSettings Settings, PolicyDocument Document, ChatAccount By, string? SecretariatUnitName = null);

public sealed record CreateJointMeetingResult(JointMeeting? Created, string? Refusal)
{
    public static CreateJointMeetingResult Refused(string why) => new(null, why);
}

public sealed class CreateJointMeetingHandler(IJointMeetingStore store, TimeProvider time)
{
    public async Task<CreateJointMeetingResult> HandleAsync(CreateJointMeeting request, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        JointMeeting jointMeeting;
        try
        {
            jointMeeting = JointMeeting.Create(request.Settings, JointMeetingProposal.FromPolicy(request.Document), request.By, now);
            if (request.SecretariatUnitName is { } name)
            {
                var unit = jointMeeting.FindUnit(name) ?? jointMeeting.AddUnit(request.By, name, [], now);
                jointMeeting.SetSecretariatUnit(request.By, unit.Id, now);
            }
        }
        catch (DomainException ex)
        {
            return CreateJointMeetingResult.Refused(ex.Message);
        }

        // The id is the partition: inserting its head row fails if a joint meeting of that id exists.
        if (await store.LoadAsync(jointMeeting.Id, cancellationToken) is not null)
            return CreateJointMeetingResult.Refused($"A joint meeting with id '{jointMeeting.Id}' exists already.");
        await store.SaveAsync(new ChangeSet(jointMeeting.Id).Add(jointMeeting), cancellationToken);
        return new CreateJointMeetingResult(jointMeeting, null);
    }
}
