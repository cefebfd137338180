using System.Diagnostics;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.JointMeetings;

namespace MeetingBot.Storage.Tests.JointMeetings;

/// <summary>A provincial liaison, a contact of thousands of joint meetings: more than one hint row holds.</summary>
public abstract partial class LookupHintsConformanceTests
{
    private const int Counties = 3_500;
    private static readonly ChatAccount Liaison = new("msteams", "aad-province-liaison", "省联络员");

    [Fact]
    public async Task APersonInThousandsOfJointMeetings_IsFoundInEach_TheirHintsSpreadOverRowsOfOnePartition_AndSavesKeepThem()
    {
        var watch = Stopwatch.StartNew();
        var table = await CreateTableAsync();
        // The longest ids there are (64 characters), so that the fewest fit in a row. The records are written directly,
        // as a store of the layout before the hints holds them; the backfill then writes the liaison's hints all at once.
        var ids = Enumerable.Range(0, Counties).Select(CountyId).ToList();
        var template = Build("template");
        template.AssignRole(Secretary, Liaison, ContactRole.Observer, null, Now);
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
            await table.SubmitAsync(id, [EntityWrite.Insert(RowKeys.JointMeeting, JoinRequestRows.HeadBody(template.State with { Id = id, Name = $"{id} 联席会议" }))], ct));
        var seeded = watch.Elapsed;
        var lookup = new EntityJointMeetingLookup(table, clock);
        (await lookup.BackfillHintsAsync()).Should().Be(Counties);
        var partition = LookupHints.Account(Liaison.Channel, Liaison.AccountId);
        (await table.QueryAsync(partition, [""])).Should().HaveCountGreaterThan(1, "one row does not hold {0} joint meetings", Counties);

        var (counted, reader) = await CountedAsync(table);
        (await reader.OfAccountAsync(Liaison)).Select(j => j.Id).Should().BeEquivalentTo(ids);
        counted.Queries.Should().Equal([partition], "the further rows are one query of the person's partition");
        counted.PointReads.Should().Be(1 + Counties, "the first row, then each joint meeting named, to confirm it");
        counted.CrossPartition.Should().Be(0);

        // Saves through the store: two instances add the liaison to new joint meetings at once (rows contended on
        // their ETags), one removes them from a county.
        var stores = new[] { new EntityJointMeetingStore(table, clock), new EntityJointMeetingStore(await ReopenAsync(table), clock) };
        var added = Enumerable.Range(Counties, 8).Select(CountyId).ToList();
        await Task.WhenAll(added.Select((id, i) => Task.Run(async () =>
        {
            var jm = Build(id);
            jm.AssignRole(Secretary, Liaison, ContactRole.Observer, null, Now);
            await stores[i % 2].SaveAsync(new ChangeSet(id).Add(jm));
        })));
        var leaving = (await stores[0].LoadAsync(ids[1234]))!.JointMeeting;
        leaving.Value.RemoveContact(Secretary, Liaison, Now);
        await stores[0].SaveAsync(new ChangeSet(ids[1234]).Update(leaving));

        var found = (await lookup.OfAccountAsync(Liaison)).Select(j => j.Id).ToList();
        found.Should().HaveCount(Counties + 8 - 1).And.Contain(added).And.NotContain(ids[1234]);
        var named = HintRows.Entries(await HintRows.ReadAsync(table, partition, CancellationToken.None)).Select(e => e.Id).ToList();
        named.Should().OnlyHaveUniqueItems().And.HaveCount(Counties + 8 - 1, "the removal took its hint away after its batch");
        (await lookup.OfAccountAsync(Contact(2))).Should().HaveCount(Counties + 8, "everyone else is still found");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(2), "seeding took {0}", seeded);
    }

    [Fact]
    public async Task AFullRow_SpillsIntoANewRowOfThePartition_AndASaveAddsBesideThem()
    {
        var (table, store, lookup) = await OpenAsync();
        var partition = LookupHints.Account(Liaison.Channel, Liaison.AccountId);
        // The liaison's first row filled to the limit directly (thousands of saves would take minutes), then saves add more.
        var full = Enumerable.Range(0, Counties).ToDictionary(CountyId, _ => LookupHints.NewHint(Now));
        await HintRows.AddAsync(table, partition, full, keepExisting: true, CancellationToken.None);
        var rows = await table.QueryAsync(partition, [""]);
        rows.Select(r => r.RowKey).Should().Equal("ids", "ids|001");
        rows.Should().OnlyContain(r => r.Body.Length <= EntityLimits.MaxBodyLength);

        var jm = Build("jm-new");
        jm.AssignRole(Secretary, Liaison, ContactRole.Observer, null, Now);
        await store.SaveAsync(new ChangeSet("jm-new").Add(jm));

        (await lookup.OfAccountAsync(Liaison)).Select(j => j.Id).Should().Equal(["jm-new"], "the counties' hints name no record: they are no answer");
        HintRows.Entries(await HintRows.ReadAsync(table, partition, CancellationToken.None)).Should().HaveCount(Counties + 1);
    }

    [Fact]
    public async Task SavesSpillingOverAFullRowAtOnce_EachKeepTheirHint_AndReadersSeeEveryRow()
    {
        var table = await CreateTableAsync();
        // A first row filled to the limit, and nothing beyond it yet (copied from a partition filled by the spill itself).
        var filled = LookupHints.Account("msteams", "aad-filled");
        await HintRows.AddAsync(table, filled, Enumerable.Range(0, Counties).ToDictionary(CountyId, _ => LookupHints.NewHint(Now)), keepExisting: true, CancellationToken.None);
        var first = (await table.GetAsync(filled, HintRows.First))!;
        var partition = LookupHints.Account(Liaison.Channel, Liaison.AccountId);
        await table.SubmitAsync(partition, [EntityWrite.Insert(HintRows.First, first.Body.Replace(",\"more\":true", "", StringComparison.Ordinal))]);
        var full = HintRows.Entries(await HintRows.ReadAsync(table, partition, CancellationToken.None)).Select(e => e.Id).ToList();
        full.Should().NotBeEmpty();

        var racing = Enumerable.Range(0, 12).Select(n => $"jm-racing-{n}").ToList();
        var tables = new[] { table, await ReopenAsync(table) };
        await Task.WhenAll(racing.Select((id, i) => Task.Run(() =>
            HintRows.AddAsync(tables[i % 2], partition, new Dictionary<string, LookupHints.Hint> { [id] = LookupHints.NewHint(Now) }, keepExisting: false, CancellationToken.None))));

        var rows = await table.QueryAsync(partition, [""]);
        rows.Should().HaveCountGreaterThan(1, "the full row spilled");
        var named = HintRows.Entries(await HintRows.ReadAsync(table, partition, CancellationToken.None)).Select(e => e.Id).ToList();
        named.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(full.Concat(racing));
    }

    private static string CountyId(int n) => $"county-{n:D5}-".PadRight(JointMeeting.MaxIdLength, 'x');
}
