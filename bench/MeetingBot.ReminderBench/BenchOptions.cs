namespace MeetingBot.ReminderBench;

/// <summary>Command line: --count N (reminders; rounded up to whole joint meetings of 30 units), --probes N (incoming messages during the fan-out).</summary>
internal sealed record BenchOptions(int Count, int Probes)
{
    public const int UnitsPerJointMeeting = 30;

    public int JointMeetings => (Count + UnitsPerJointMeeting - 1) / UnitsPerJointMeeting;

    public int Reminders => JointMeetings * UnitsPerJointMeeting;

    public static BenchOptions Parse(string[] args)
    {
        var count = 30_000;
        var probes = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0:
                    count = n;
                    i++;
                    break;
                case "--probes" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p >= 0:
                    probes = p;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"unknown or incomplete argument '{args[i]}'. Usage: [--count N] [--probes N]");
            }
        }
        return new BenchOptions(count, probes);
    }
}
