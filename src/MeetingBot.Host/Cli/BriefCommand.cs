using MeetingBot.Core.Domain.Persistence;
using System.CommandLine;
using MeetingBot.Core.Reporting.Documents;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Host.Cli;

// brief <joint meeting> [--round r1] [--lang zh|en] --out brief.docx
internal static class BriefCommand
{
    public static Command Create(TimeProvider time, CliStorage storage)
    {
        var id = new Argument<string>("joint-meeting") { Description = "The id of the joint meeting (see `joint-meeting list`)." };
        var round = new Option<string?>("--round") { Description = "The reporting round, e.g. r1 (default: the open round, else the latest)." };
        var lang = new Option<string?>("--lang") { Description = "zh or en (default: the joint meeting's language)." };
        var output = new Option<string>("--out") { Description = "The Word file to write, e.g. brief.docx.", Required = true };
        var command = new Command("brief", "Write a round's brief (汇总材料) as a Word .docx to print for the meeting.") { id, round, lang, output };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetRequiredValue(id), result.GetValue(round), result.GetValue(lang),
            result.GetRequiredValue(output), time, storage, result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string id, string? roundId, string? langOption, string output, TimeProvider time, CliStorage storage,
        InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var path = OutputFile.Resolve(output);
        if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) { io.Error.WriteLine($"error: --out {output}: the brief is a Word file; name it .docx."); return ExitCodes.InputError; }

        var (store, _) = await storage.OpenAsync(io.Error, cancellationToken);
        if (store is null) return ExitCodes.InputError;
        try
        {
            if (await RoundLookup.JointMeetingAsync(store, id, io.Error, cancellationToken) is not { } snapshot) return ExitCodes.InputError;
            if (RoundLookup.Language(langOption, snapshot, io.Error) is not { } lang) return ExitCodes.InputError;
            if (RoundLookup.Round(snapshot, roundId, time.GetUtcNow(), io.Error) is not { } models) return ExitCodes.InputError;

            if (!OutputFile.TryWrite(path, BriefDocument.Write(models.Brief, models.Status, lang), io.Error)) return ExitCodes.InputError;
            io.Output.WriteLine($"wrote the brief of '{id}' round {models.Brief.Round.Id} to {path}");
            return ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            io.Error.WriteLine($"error: the store could not be read{(ex.IsRetryable ? " (try again)" : "")}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
