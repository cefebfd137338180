using System.CommandLine;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Host.Cli;

// joint-meeting calendar import <joint meeting id> <file.ics>
internal static class JointMeetingCalendarImportCommand
{
    public static Command Create(TimeProvider time, CliStorage storage)
    {
        var id = new Argument<string>("joint-meeting") { Description = "The id of the joint meeting (see `joint-meeting list`)." };
        var file = new Argument<string>("file") { Description = "An .ics file whose all-day events are days off (e.g. a holiday calendar)." };
        var command = new Command("import", "Import the days off of an .ics file into a joint meeting's reminder calendar: reminders skip them.") { id, file };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(id), result.GetRequiredValue(file), time, storage, result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string id, string path, TimeProvider time, CliStorage storage, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var file = CallerPath.Resolve(path);
        if (!File.Exists(file)) { io.Error.WriteLine($"error: {file} does not exist."); return ExitCodes.InputError; }
        if (new FileInfo(file).Length > IcsDaysOff.MaxBytes) { io.Error.WriteLine($"error: {file} is larger than {IcsDaysOff.MaxBytes / 1024} KB; a holiday calendar is far smaller."); return ExitCodes.InputError; }

        var read = IcsDaysOff.Read(await File.ReadAllTextAsync(file, cancellationToken));
        if (!read.Ok) { io.Error.WriteLine($"error: {file} was not imported: {Why(read)}"); return ExitCodes.InputError; }

        var (store, _) = await storage.OpenAsync(io.Error, cancellationToken);
        if (store is null) return ExitCodes.InputError;
        try
        {
            // A host running on the same store may save the joint meeting meanwhile: the import is applied again on its state.
            var done = await store.ChangeAsync(id, (snapshot, changes) =>
            {
                snapshot.JointMeeting.Value.AddReminderDaysOff(ChatAccount.System, read.Days, time.GetUtcNow());
                changes.Update(snapshot.JointMeeting);
                return true;
            }, cancellationToken);
            if (done is null) { io.Error.WriteLine($"error: no joint meeting has id '{id}' (see `joint-meeting list`)."); return ExitCodes.InputError; }
        }
        catch (DomainException ex)
        {
            io.Error.WriteLine($"error: nothing was imported: {ex.Message}");
            return ExitCodes.InputError;
        }
        catch (StoreException ex)
        {
            io.Error.WriteLine($"error: the store refused the change{(ex.IsRetryable ? " (try again)" : "")}: {ex.Message}");
            return ExitCodes.Unexpected;
        }

        io.Output.WriteLine($"imported {read.Days.Count} day(s) off into '{id}': {read.Days[0].Day:yyyy-MM-dd} … {read.Days[^1].Day:yyyy-MM-dd}"
            + (read.SkippedTimedEvents > 0 ? $"; {read.SkippedTimedEvents} event(s) with a time were not days off and were left out." : "."));
        return ExitCodes.Ok;
    }

    private static string Why(IcsDaysOffResult read) => read.Problem switch
    {
        IcsProblem.NotACalendar => $"it is not an iCalendar file ({read.Detail}).",
        IcsProblem.NoAllDayEvents => $"it has no all-day events to take as days off ({read.Detail}).",
        IcsProblem.EventTooLong => $"an event lasts more than {IcsDaysOff.MaxDaysPerEvent} days, which is not a holiday ({read.Detail}).",
        _ => $"it is larger than {IcsDaysOff.MaxBytes / 1024} KB.",
    };
}
