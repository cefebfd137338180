namespace MeetingBot.TestPeers;

/// <summary>Finds the repository root: the nearest folder holding MeetingBot.sln above the binary or the current directory.</summary>
public static class RepoRoot
{
    private const string Marker = "MeetingBot.sln";

    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                    return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {Marker} above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
