using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation.Features.Corrections;

/// <summary>The corrections' use cases: find the task or units typed, change the joint meeting under its rules, answer.</summary>
internal sealed partial class TaskCorrections(PolicyCatalog catalog)
{
    public async Task ShowAsync(ConversationTurn turn, string number, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        if (FindTask(turn, jm, number) is { } task) turn.Say(Replies.TaskDetail(turn.Lang, jm, task));
    }

    public async Task SetUnitsAsync(ConversationTurn turn, SetTaskUnitsCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("correct the imported tasks"); // before any name is looked up
        if (FindTask(turn, jm, command.Number) is not { } task) return;
        var units = new List<MemberUnit>();
        foreach (var name in command.Units)
        {
            if (FindUnit(turn, jm, name) is not { } unit) return;
            units.Add(unit);
        }
        var corrected = await turn.ChangeJointMeetingAsync(j => j.SetTaskUnits(turn.From, task.Id, command.Lead, units.Select(u => u.Id).ToList(), turn.Now), cancellationToken);
        turn.Say(Replies.TaskCorrected(turn.Lang, turn.JointMeeting!, corrected));
    }

    public async Task NotForThisMeetingAsync(ConversationTurn turn, string number, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("mark a task as not for this joint meeting");
        if (FindTask(turn, jm, number) is not { } task) return;
        var marked = await turn.ChangeJointMeetingAsync(j => j.MarkNotForThisMeeting(turn.From, task.Id, turn.Now), cancellationToken);
        turn.Say(Replies.TaskNotForThisMeeting(turn.Lang, marked));
    }

    public async Task AddAliasAsync(ConversationTurn turn, AddAliasCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("add another name to a member unit");
        if (FindUnit(turn, jm, command.Unit) is not { } unit) return;
        if (jm.FindUnit(command.Alias) is { } taken)
        {
            turn.Say(taken.Id == unit.Id ? Replies.AliasAlreadyKnown(turn.Lang, unit, command.Alias) : Replies.AliasIsAnotherUnit(turn.Lang, taken, unit));
            return;
        }
        var renamed = await turn.ChangeJointMeetingAsync(j => j.AddUnitAlias(turn.From, unit.Id, command.Alias, turn.Now), cancellationToken);
        turn.Say(Replies.AliasAdded(turn.Lang, renamed, command.Alias, turn.JointMeeting!.TasksOf(renamed.Id).Count));
    }

    public async Task MergeAsync(ConversationTurn turn, MergeUnitsCommand command, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("merge member units");
        if (FindUnit(turn, jm, command.Merged) is not { } merged || FindUnit(turn, jm, command.Kept) is not { } kept) return;
        if (merged.Id == kept.Id)
        {
            turn.Say(Replies.MergeIntoItself(turn.Lang, kept));
            return;
        }
        var result = await turn.ChangeJointMeetingAsync(j => j.MergeUnits(turn.From, kept.Id, merged.Id, turn.Now), cancellationToken);
        turn.Say(Replies.UnitsMerged(turn.Lang, result, merged.Name, turn.JointMeeting!.TasksOf(result.Id).Count));
    }

    public async Task ReimportAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (await turn.JointMeetingAsync(cancellationToken) is not { } jm) return;
        turn.Me.RequireManager("import the policy document again");
        var document = catalog.Documents.FirstOrDefault(d => jm.State.Sources.Any(s => s.SourceName == d.SourceName));
        if (document is null)
        {
            turn.Say(Replies.DocumentToReimportMissing(turn.Lang, jm));
            return;
        }
        var proposal = JointMeetingProposal.FromPolicy(document);
        var kept = await turn.ChangeAsync((snapshot, changes) =>
        {
            var applied = snapshot.JointMeeting.Value.ReimportTasks(turn.From, proposal, turn.Now, Import.ReportedTasks.ReportedTaskIds(snapshot));
            changes.Update(snapshot.JointMeeting);
            return applied;
        }, cancellationToken);
        turn.Say(Replies.Reimported(turn.Lang, document.Title, turn.JointMeeting!.Tasks.Count, kept));
    }

    // The task whose number was typed (二.三.4, 2.3.4); otherwise says why none was taken.
    private static AssignedTask? FindTask(ConversationTurn turn, JointMeeting jm, string number)
    {
        var found = FindNumbered(jm.Tasks.Select(t => t.Id), number);
        if (found.Count == 1) return jm.GetTask(found[0]);
        turn.Say(found.Count == 0
            ? Replies.TaskNumberNotFound(turn.Lang, number, jm)
            : Replies.TaskNumberAmbiguous(turn.Lang, number, found.Select(jm.GetTask).ToList()));
        return null;
    }

    // "附件1.3": the part's label as written, then the number within it as TaskNumbers reads numbers.
    private static IReadOnlyList<string> FindNumbered(IEnumerable<string> taskIds, string number)
    {
        var label = PartLabel().Match(number);
        if (!label.Success) return TaskNumbers.Find(taskIds, number);
        var prefix = label.Groups["label"].Value + ".";
        var within = taskIds.Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).Select(id => id[prefix.Length..]);
        return TaskNumbers.Find(within, number[label.Length..]).Select(id => prefix + id).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<label>(?:附件|文件)\d{0,2}|附表)[.．]?")]
    private static partial System.Text.RegularExpressions.Regex PartLabel();

    private MemberUnit? FindUnit(ConversationTurn turn, JointMeeting jm, string name)
    {
        var search = UnitFinder.Find(jm, catalog, name);
        if (search.Found is { } unit) return unit;
        turn.Say(search.Candidates.Count > 1 ? Replies.UnitAmbiguous(turn.Lang, name, search.Candidates) : Replies.UnitToAddFirst(turn.Lang, name, jm));
        return null;
    }
}
