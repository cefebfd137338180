using System.Diagnostics;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// Real PDFs for the tests, made the way an office makes them: LibreOffice (Debian's libreoffice-writer, which
/// ./test.sh installs) exports the Word files the tests built. Fails loudly when it is missing or fails.
/// </summary>
internal static class LibreOffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Each Word file converted to PDF, in one run of LibreOffice (its start-up is the slow part).</summary>
    public static IReadOnlyDictionary<string, byte[]> ToPdf(IReadOnlyDictionary<string, byte[]> wordFiles)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui); ./test.sh installs it");
        var folder = Directory.CreateTempSubdirectory("meetingbot-pdf-");
        OneAtATime.Wait();
        try
        {
            foreach (var (name, bytes) in wordFiles) File.WriteAllBytes(Path.Combine(folder.FullName, name + ".docx"), bytes);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder.FullName,
            };
            // A profile of its own, so that a LibreOffice the developer has open (or another test run) does not interfere.
            foreach (var arg in new[] { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", folder.FullName })
                start.ArgumentList.Add(arg);
            foreach (var name in wordFiles.Keys) start.ArgumentList.Add(Path.Combine(folder.FullName, name + ".docx"));
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not convert the Word files within 4 minutes");
            }
            var pdfs = new Dictionary<string, byte[]>();
            foreach (var name in wordFiles.Keys)
            {
                var pdf = Path.Combine(folder.FullName, name + ".pdf");
                if (!File.Exists(pdf))
                    throw new InvalidOperationException($"LibreOffice made no PDF of {name} (exit {process.ExitCode}): {output.Result} {error.Result}");
                pdfs[name] = File.ReadAllBytes(pdf);
            }
            return pdfs;
        }
        finally
        {
            OneAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
