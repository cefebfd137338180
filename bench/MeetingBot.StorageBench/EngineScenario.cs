using System.Diagnostics;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reporting;
using MeetingBot.Storage.Tests.JointMeetings;

namespace MeetingBot.StorageBench;

internal sealed record EngineResult(string Engine, double SaveFullStateMs, double LoadMedianMs, double LoadP95Ms, int? RequestsPerLoad, double ThousandSavesMs,
    double ThousandJointMeetingSavesMs, double? RequestsPerJointMeetingSave);

/// <summary>
/// One engine: store a full state (30 units, 50 tasks, 2 meetings, a round with 30 reports) the way the bot does,
/// load it repeatedly, then save one report 1,000 times in a row (each save: the report, its version, an audit entry),
/// then change the joint meeting itself 1,000 times without touching its contacts or bindings (the China calendar
/// switched on and off: its record, an audit entry, the due mark).
/// </summary>
internal static class EngineScenario
{
    public static async Task<EngineResult> RunAsync(string engine, IJointMeetingStore store, RequestCounter? requests, int loads)
    {
        await store.InitializeAsync();
        var id = $"bench-{Guid.NewGuid():N}"[..20];
        var state = FullState.Build(id);

        var clock = Stopwatch.StartNew();
        await state.SaveAsync(store);
        var saveFullState = clock.Elapsed.TotalMilliseconds;

        for (var i = 0; i < 5; i++)
            await store.LoadAsync(id); // warm-up: JIT, connection pool
        var times = new List<double>();
        requests?.Reset();
        for (var i = 0; i < loads; i++)
        {
            clock.Restart();
            var snapshot = await store.LoadAsync(id) ?? throw new InvalidOperationException("the saved joint meeting did not load");
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (snapshot.Reports.Count != 30 || snapshot.JointMeeting.Value.Tasks.Count != 50)
                throw new InvalidOperationException("the loaded state is incomplete");
        }
        int? requestsPerLoad = requests is null ? null : (int)Math.Ceiling(requests.Count / (double)loads);

        var loaded = (await store.LoadAsync(id))!;
        var report = loaded.FindReport("r1", "u2")!;
        var round = loaded.FindRound("r1")!.Value;
        var etag = report.ETag;
        var task = round.TasksOf("u2")[0];
        clock.Restart();
        for (var i = 0; i < 1_000; i++)
        {
            report.Value.Save(loaded.JointMeeting.Value, round, FullState.ContactOf("u2"),
                [new TaskProgress(task, ProgressStatus.OnTrack, [], $"第{i}次更新：新增双师型教师{i}名")], submit: true, FullState.Now);
            etag = (await store.SaveAsync(new ChangeSet(id).Add(report.Value, etag)))[0];
        }
        var thousandSaves = clock.Elapsed.TotalMilliseconds;

        var jointMeeting = loaded.JointMeeting.Value;
        var jmETag = loaded.JointMeeting.ETag;
        requests?.Reset();
        clock.Restart();
        for (var i = 0; i < 1_000; i++)
        {
            jointMeeting.UseChinaCalendar(FullState.Secretary, on: i % 2 == 0, FullState.Now);
            jmETag = (await store.SaveAsync(new ChangeSet(id).Update(new Versioned<MeetingBot.Core.Domain.JointMeetings.JointMeeting>(jointMeeting, jmETag))))[0];
        }
        var thousandJointMeetingSaves = clock.Elapsed.TotalMilliseconds;
        double? requestsPerJointMeetingSave = requests is null ? null : requests.Count / 1_000.0;

        times.Sort();
        return new EngineResult(engine, saveFullState, times[times.Count / 2], times[(int)(times.Count * 0.95)], requestsPerLoad, thousandSaves,
            thousandJointMeetingSaves, requestsPerJointMeetingSave);
    }
}
