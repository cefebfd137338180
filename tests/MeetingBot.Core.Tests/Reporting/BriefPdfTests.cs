using System.Diagnostics;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Reporting.Documents;

namespace MeetingBot.Core.Tests.Reporting;

/// <summary>
/// The brief opens in a real word processor: LibreOffice (Debian's libreoffice-writer, installed by ./test.sh)
/// converts it to PDF headless. A missing LibreOffice fails the test: it is never skipped.
/// </summary>
public class BriefPdfTests
{
    [Fact]
    public async Task LibreOffice_ConvertsTheBriefToPdf()
    {
        var round = SeedRound.Build();
        var folder = Directory.CreateTempSubdirectory("brief-pdf-");
        try
        {
            var docx = Path.Combine(folder.FullName, "brief.docx");
            await File.WriteAllBytesAsync(docx, BriefDocument.Write(round.Brief, round.Status, Lang.Zh));

            var (exit, output) = await LibreOffice.ConvertAsync(docx, "pdf", folder.FullName);

            var pdf = Path.Combine(folder.FullName, "brief.pdf");
            File.Exists(pdf).Should().BeTrue($"soffice exited {exit}: {output}");
            var bytes = await File.ReadAllBytesAsync(pdf);
            Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
            var pages = System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]").Count;
            pages.Should().BeGreaterThan(2, "a title page, the tables and every task's reports");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>Runs LibreOffice headless with a profile of its own, so that it neither meets a running instance nor the user's settings.</summary>
internal static class LibreOffice
{
    public static async Task<(int Exit, string Output)> ConvertAsync(string file, string format, string outDir)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: apt-get install -y libreoffice-writer-nogui (./test.sh installs it).");
        var profile = Path.Combine(outDir, "profile");
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{soffice} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not convert {file} within 3 minutes.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}

/// <summary>The Excel export opens in LibreOffice Calc (libreoffice-calc-nogui, installed by ./test.sh), which reads its first sheet back as CSV.</summary>
public class ExportCalcTests
{
    [Fact]
    public async Task LibreOffice_ReadsTheStatusSheet()
    {
        var round = SeedRound.Build();
        var folder = Directory.CreateTempSubdirectory("export-calc-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "export.xlsx");
            await File.WriteAllBytesAsync(xlsx, RoundExport.WriteXlsx(round, Lang.Zh));

            var (exit, output) = await LibreOffice.ConvertAsync(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", folder.FullName);

            var csv = Path.Combine(folder.FullName, "export.csv");
            File.Exists(csv).Should().BeTrue($"soffice exited {exit}: {output}");
            var lines = await File.ReadAllLinesAsync(csv, Encoding.UTF8);
            lines[0].Should().StartWith("单位,提交情况,已填/应报任务,首次提交时间,");
            lines.Skip(1).Select(l => l.Split(',')[0]).Should().Equal(round.Status.Units.Select(u => u.UnitName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
