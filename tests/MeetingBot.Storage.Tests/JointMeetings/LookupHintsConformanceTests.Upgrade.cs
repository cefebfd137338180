using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.Reminders;
using MeetingBot.Storage.Tests.Entities;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>
/// A rolling upgrade: instances of the version before keep saving joint meetings after this version's backfill ran,
/// without hints or list rows; a re-check finds what they saved and a lookup of this version then answers with it.
/// </summary>
public abstract partial class LookupHintsConformanceTests
{
    [Fact]
    public async Task AnOldVersionsSaves_AfterTheBackfill_AreFoundAndListed_OnceReChecked()
    {
        var (table, store, lookup) = await OpenAsync();
        // As in a real upgrade, the version before made the store: this version trusts working copies only a day on (CopyTrust).
        await CopyTrust.MarkAsync(table, clock.GetUtcNow() + UpgradeRecheck.QuietFor);
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));
        clock.Advance(TimeSpan.FromMinutes(3));
        var outsider = new ChatAccount("msteams", "aad-9", "旧版本建的联络员");
        var newcomer = new ChatAccount("msteams", "aad-newcomer", "新联络员");
        var asking = new ChatAccount("slack", "U-asking", "申请人");

        // The old version creates a joint meeting, adds a contact to jm-a, and takes a request to join it.
        var created = Build("jm-old", group: "19:old@thread");
        created.AssignRole(Secretary, outsider, ContactRole.UnitContact, "u2", Now);
        await SaveAsThePreviousVersionAsync(table, created);
        var jm = (await store.LoadAsync("jm-a"))!.JointMeeting.Value;
        jm.AssignRole(Secretary, newcomer, ContactRole.UnitContact, "u3", Now);
        await SaveAsThePreviousVersionAsync(table, jm);
        jm = (await store.LoadAsync("jm-a"))!.JointMeeting.Value;
        jm.RequestBinding(asking, "u2", ContactRole.UnitContact, Now);
        await SaveAsThePreviousVersionAsync(table, jm);

        (await lookup.OfAccountAsync(outsider)).Should().BeEmpty("the old version wrote no hints");
        (await lookup.ListEntriesAsync()).Select(e => e.Id).Should().Equal(["jm-a"], "nor a list row");

        clock.Advance(UpgradeRecheck.Every);
        var other = new EntityJointMeetingLookup(await ReopenAsync(table), clock);
        var outcomes = await Task.WhenAll(lookup.RecheckAfterUpgradeAsync(), other.RecheckAfterUpgradeAsync());
        outcomes.Should().AllSatisfy(o => o.Should().Be(new UpgradeRecheck.Outcome(2, Finished: false)), "two instances may re-check at once");

        (await lookup.OfAccountAsync(outsider)).Select(j => j.Id).Should().Equal("jm-old");
        (await lookup.BoundToAsync("msteams", "19:old@thread")).Select(j => j.Id).Should().Equal("jm-old");
        (await lookup.OfAccountAsync(newcomer)).Select(j => j.Id).Should().Equal("jm-a");
        (await lookup.OfAccountAsync(asking)).Should().ContainSingle().Which.FindContact(asking)!.Status.Should().Be(ContactStatus.Pending);
        var (counted, reader) = await CountedAsync(table);
        (await reader.ListEntriesAsync()).Select(e => e.Id).Should().Equal("jm-a", "jm-old");
        (counted.Queries.Count, counted.PointReads).Should().Be((1, 0), "the re-check listed it as committed");
        (await new EntityReminderDueIndex(table).DueAsync(clock.GetUtcNow())).Select(d => d.JointMeetingId).Should().Contain(["jm-old", "jm-a"],
            "the reminder sweep looks at what the old version saved (it wrote no due hints either)");
    }

    [Fact]
    public async Task ReChecks_ReadTheAuditSinceTheLastOne_PassThisVersionsSavesBy_AndStopADayAfterTheLastOldSave()
    {
        var (inner, store, _) = await OpenAsync();
        var (table, lookup) = await CountedAsync(inner);
        await store.SaveAsync(new ChangeSet("jm-a").Add(Build("jm-a")));

        clock.Advance(UpgradeRecheck.Every);
        table.Reset();
        (await lookup.RecheckAfterUpgradeAsync()).Should().Be(new UpgradeRecheck.Outcome(0, Finished: false), "this version's save wrote its hints");
        (table.CrossPartition, table.Queries.Count, table.PointReads).Should().Be((1, 0, 2), "one range query of the audit, the mark and where re-checks stand");
        var (another, instance) = await CountedAsync(await ReopenAsync(inner));
        (await instance.RecheckAfterUpgradeAsync()).Should().Be(new UpgradeRecheck.Outcome(0, Finished: false));
        another.CrossPartition.Should().Be(0, "another instance re-checked a moment ago: one scan a minute serves them all");

        clock.Advance(TimeSpan.FromHours(20));
        var jm = (await store.LoadAsync("jm-a"))!.JointMeeting.Value;
        jm.AssignRole(Secretary, Contact(7), ContactRole.UnitContact, "u2", clock.GetUtcNow());
        await SaveAsThePreviousVersionAsync(inner, jm);
        clock.Advance(UpgradeRecheck.Every);
        (await lookup.RecheckAfterUpgradeAsync()).Rehinted.Should().Be(1);
        (await lookup.OfAccountAsync(Contact(7))).Select(j => j.Id).Should().Equal("jm-a");
        clock.Advance(LookupHints.SettleTime + UpgradeRecheck.Every);
        (await lookup.RecheckAfterUpgradeAsync()).Rehinted.Should().Be(1, "each re-check reaches back the settle time before the last one's start (a save may commit late)");
        clock.Advance(UpgradeRecheck.Every);
        (await lookup.RecheckAfterUpgradeAsync()).Should().Be(new UpgradeRecheck.Outcome(0, Finished: false), "that save is behind this re-check's reach, and a day has not passed since it");

        clock.Advance(UpgradeRecheck.QuietFor);
        table.Reset();
        (await lookup.RecheckAfterUpgradeAsync()).Should().Be(new UpgradeRecheck.Outcome(0, Finished: true));
        table.CrossPartition.Should().Be(0, "a finished re-check reads two rows and nothing else");
    }

    /// <summary>
    /// What the version before this one wrote for a save (EntityJointMeetingStore before the lookup hints): the joint
    /// meeting's own batch alone — its row, request rows, audit (keys of hex only), per-partition lookups and due mark —
    /// and no lookup hint, no list row.
    /// </summary>
    private async Task SaveAsThePreviousVersionAsync(IEntityTable table, JointMeeting jointMeeting)
    {
        var id = jointMeeting.Id;
        var stored = await table.QueryAsync(id, [RowKeys.JointMeeting, JoinRequestRows.Prefix, .. MembershipIndex.Prefixes]);
        var head = stored.FirstOrDefault(r => r.RowKey == RowKeys.JointMeeting);
        var loaded = head is null ? null : JoinRequestRows.Merge(head, stored.Where(r => r.RowKey.StartsWith(JoinRequestRows.Prefix, StringComparison.Ordinal))).Loaded;
        var writes = new List<EntityWrite>();
        var body = JoinRequestRows.HeadBody(jointMeeting.State);
        if (head is null) writes.Add(EntityWrite.Insert(RowKeys.JointMeeting, body));
        else if (head.Body != body) writes.Add(EntityWrite.Replace(RowKeys.JointMeeting, body, head.ETag));
        writes.AddRange(JoinRequestRows.Writes(jointMeeting.State, loaded));
        var unique = $"{clock.GetUtcNow().UtcTicks:D19}{Guid.NewGuid():N}"[..27];
        writes.AddRange(jointMeeting.PendingAudit.Select((entry, i) => EntityWrite.Insert(RowKeys.Audit(entry, $"{unique}{i:D3}"), StateJson.Write(entry))));
        writes.AddRange(MembershipIndex.Writes(jointMeeting.State, stored.Where(r => MembershipIndex.Prefixes.Any(p => r.RowKey.StartsWith(p, StringComparison.Ordinal))).Select(r => r.RowKey)));
        writes.Add(EntityWrite.Insert(DueKeys.Changed(clock.GetUtcNow()), "{}"));
        await table.SubmitAsync(id, writes);
    }
}
