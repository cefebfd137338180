namespace MeetingBot.Host.Tests;

// Tests run from bin/<config>/net10.0; the seeds live at the repository root, next to MeetingBot.sln.
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing MeetingBot.sln above {AppContext.BaseDirectory}.");
    }
}
