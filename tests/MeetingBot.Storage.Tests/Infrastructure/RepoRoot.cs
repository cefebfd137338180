namespace MeetingBot.Storage.Tests.Infrastructure;

/// <summary>The repository's root: the nearest folder above the test binaries that holds MeetingBot.sln.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MeetingBot.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No MeetingBot.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
