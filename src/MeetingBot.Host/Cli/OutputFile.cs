namespace MeetingBot.Host.Cli;

/// <summary>
/// A file a command writes: all or nothing. The bytes go to a temporary file beside the target, which then takes
/// its place, so a failed write leaves no half file and an existing file untouched.
/// </summary>
internal static class OutputFile
{
    /// <summary>Where a relative path lands: the folder the command was typed in (see <see cref="CallerPath"/>).</summary>
    public static string Resolve(string path)
    {
        var caller = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(path, caller is not null && Path.IsPathRooted(caller) ? caller : Directory.GetCurrentDirectory());
    }

    /// <summary>Writes the file; false with the reason on <paramref name="error"/> when it cannot be written.</summary>
    public static bool TryWrite(string path, byte[] content, TextWriter error)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder)) { error.WriteLine($"error: cannot write {path}: the folder {folder} does not exist."); return false; }
        if (Directory.Exists(path)) { error.WriteLine($"error: cannot write {path}: it is a folder."); return false; }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write {path}: {ex.Message}");
            File.Delete(temporary);
            return false;
        }
    }
}
