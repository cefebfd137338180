using MeetingBot.Host.Storage;

namespace MeetingBot.Host.Reminders;

/// <summary>The seed documents shipped beside the host, as the schedule inputs' fingerprint takes them (a new version may change them).</summary>
internal static class ShippedSeeds
{
    public static IEnumerable<(string Name, byte[] Content)> Read() =>
        Directory.Exists(DemoJointMeetings.SeedsFolder)
            ? Directory.EnumerateFiles(DemoJointMeetings.SeedsFolder).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            : [];
}
