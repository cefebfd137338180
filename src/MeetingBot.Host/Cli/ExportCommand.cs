using MeetingBot.Core.Domain.Persistence;
using System.CommandLine;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Reporting.Documents;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Host.Cli;

// export <joint meeting> [--round r1] [--year 2026] [--lang zh|en] --out file.xlsx|file.csv|meetings.ics
internal static class ExportCommand
{
    public static Command Create(TimeProvider time, CliStorage storage)
    {
        var id = new Argument<string>("joint-meeting") { Description = "The id of the joint meeting (see `joint-meeting list`)." };
        var round = new Option<string?>("--round") { Description = "For .xlsx/.csv: the reporting round, e.g. r1 (default: the open round, else the latest)." };
        var year = new Option<int?>("--year") { Description = "For .ics: the year whose meetings to write (default: this year in the joint meeting's time zone)." };
        var lang = new Option<string?>("--lang") { Description = "zh or en (default: the joint meeting's language)." };
        var output = new Option<string>("--out")
        {
            Description = "The file to write; its extension says what: .xlsx (status, reports, targets), .csv (the reports, UTF-8 with BOM), .ics (the year's meetings).",
            Required = true,
        };
        var command = new Command("export", "Export a round's reports for Excel (.xlsx, .csv) or the year's meetings as a calendar (.ics).") { id, round, year, lang, output };
        command.SetAction((result, cancellationToken) => RunAsync(new Request(result.GetRequiredValue(id), result.GetValue(round), result.GetValue(year),
            result.GetValue(lang), result.GetRequiredValue(output)), time, storage, result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private sealed record Request(string Id, string? Round, int? Year, string? Lang, string Output);

    private static async Task<int> RunAsync(Request request, TimeProvider time, CliStorage storage, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var path = OutputFile.Resolve(request.Output);
        var kind = Path.GetExtension(path).ToLowerInvariant();
        if (kind is not (".xlsx" or ".csv" or ".ics")) { io.Error.WriteLine($"error: --out {request.Output}: name the file .xlsx, .csv or .ics to say what to export."); return ExitCodes.InputError; }
        if (kind == ".ics" && request.Round is not null) { io.Error.WriteLine("error: --round is for .xlsx and .csv; a calendar holds the year's meetings (--year)."); return ExitCodes.InputError; }
        if (kind != ".ics" && request.Year is not null) { io.Error.WriteLine("error: --year is for .ics; an .xlsx or .csv holds one round (--round)."); return ExitCodes.InputError; }
        if (request.Year is < 2000 or > 2100) { io.Error.WriteLine($"error: --year {request.Year} is not a year between 2000 and 2100."); return ExitCodes.InputError; }

        var (store, _) = await storage.OpenAsync(io.Error, cancellationToken);
        if (store is null) return ExitCodes.InputError;
        try
        {
            if (await RoundLookup.JointMeetingAsync(store, request.Id, io.Error, cancellationToken) is not { } snapshot) return ExitCodes.InputError;
            if (RoundLookup.Language(request.Lang, snapshot, io.Error) is not { } lang) return ExitCodes.InputError;
            var now = time.GetUtcNow();

            if (kind == ".ics")
            {
                var jointMeeting = snapshot.JointMeeting.Value;
                var year = request.Year ?? TimeZones.LocalDate(now, jointMeeting.TimeZone).Year;
                var count = snapshot.Meetings.Count(m => m.Value.State.LocalStart.Year == year);
                if (!OutputFile.TryWrite(path, MeetingsCalendar.Write(snapshot, year, now, lang), io.Error)) return ExitCodes.InputError;
                io.Output.WriteLine($"wrote {count} meeting(s) of '{request.Id}' in {year} to {path}");
                return ExitCodes.Ok;
            }

            if (RoundLookup.Round(snapshot, request.Round, now, io.Error) is not { } models) return ExitCodes.InputError;
            var content = kind == ".csv" ? RoundExport.WriteCsv(models, lang) : RoundExport.WriteXlsx(models, lang);
            if (!OutputFile.TryWrite(path, content, io.Error)) return ExitCodes.InputError;
            io.Output.WriteLine($"wrote the {(kind == ".csv" ? "reports" : "status, reports and targets")} of '{request.Id}' round {models.Brief.Round.Id} to {path}");
            return ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            io.Error.WriteLine($"error: the store could not be read{(ex.IsRetryable ? " (try again)" : "")}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
