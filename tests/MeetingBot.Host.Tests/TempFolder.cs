namespace MeetingBot.Host.Tests;

// A throw-away folder per test class for inputs the seeds do not cover (empty, binary, unnumbered files).
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"meetingbot-tests-{Guid.NewGuid():N}")).FullName;

    public string WriteText(string fileName, string text)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string fileName, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CreateFolder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    // A host's last SQLite connection can still be closing (and removing its -wal/-shm files) as the folder goes:
    // a few tries let it finish instead of failing a test that passed over its clean-up.
    public void Dispose()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Thread.Sleep(50);
            }
        }
    }
}
