using MeetingBot.Core.Domain.Persistence;
using System.CommandLine;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Parsing;
using MeetingBot.Core.UseCases;
using MeetingBot.Host.Storage;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.PolicyFiles;

namespace MeetingBot.Host.Cli;

// joint-meeting create --from <file> [--id ID] [--name NAME] [--secretariat UNIT] [--min-meetings N] [--time-zone TZ] [--language zh-CN|en]
internal static class JointMeetingCreateCommand
{
    public static Command Create(TimeProvider time, CliStorage storage)
    {
        var from = new Option<string>("--from") { Description = "The policy document that sets the joint meeting up: .docx, .pdf, .html or .txt.", Required = true };
        var id = new Option<string?>("--id") { Description = "Its id, typed in chat to pick it (default: the file name)." };
        var name = new Option<string?>("--name") { Description = "Its name (default: the one the document gives, else the document's title)." };
        var secretariat = new Option<string?>("--secretariat") { Description = "The unit running its office (e.g. 区教体局); added if not a member." };
        var minMeetings = new Option<int>("--min-meetings") { Description = "Meetings a year at least (default: the document's, else 2)." };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone of its deadlines and meetings.", DefaultValueFactory = _ => JointMeetingSettings.DefaultTimeZoneId };
        var language = new Option<string>("--language") { Description = "zh-CN or en.", DefaultValueFactory = _ => JointMeetingSettings.DefaultLanguage };

        var command = new Command("create", "Create a joint meeting from a policy document: its members, tasks and targets.")
        {
            from, id, name, secretariat, minMeetings, timeZone, language,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(from), result.GetValue(id), result.GetValue(name), result.GetValue(secretariat),
            result.GetResult(minMeetings) is null ? null : result.GetValue(minMeetings),
            result.GetRequiredValue(timeZone), result.GetRequiredValue(language), time, storage, result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string path, string? id, string? name, string? secretariat, int? minMeetings, string timeZone, string language,
        TimeProvider time, CliStorage storage, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var file = CallerPath.Resolve(path);
        var parsed = PolicyParser.ParseFile(file);
        if (parsed.Document is not { } document)
        {
            io.Error.WriteLine($"error: {parsed.Error}");
            return ExitCodes.InputError;
        }

        var (store, options) = await storage.OpenAsync(io.Error, cancellationToken);
        if (store is null)
            return ExitCodes.InputError;
        // The bot answers a joint meeting's questions from its own document: keep a copy where the host reads it,
        // and (not a seed, which every host has) in the store, where every instance reads it.
        if (PolicyDocuments.Import(file, options, CliStorage.ContentRoot) is { } clash)
        {
            io.Error.WriteLine($"error: {clash}");
            return ExitCodes.InputError;
        }
        if (!File.Exists(Path.Combine(DemoJointMeetings.SeedsFolder, Path.GetFileName(file))))
        {
            var files = new EntityPolicyFileStore(StoreFactory.CreateTable(options, CliStorage.ContentRoot), time);
            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            if (await files.ClashesAsync(Path.GetFileName(file), content, cancellationToken))
            {
                io.Error.WriteLine($"error: a different document named {Path.GetFileName(file)} was imported in chat already; rename the file");
                return ExitCodes.InputError;
            }
            await files.KeepAsync(Path.GetFileName(file), content, cancellationToken);
        }

        var settings = new JointMeetingSettings(
            id ?? Path.GetFileNameWithoutExtension(document.SourceName).Replace(' ', '-'),
            name ?? DemoJointMeetings.NameOf(document),
            MinMeetingsPerYear: minMeetings ?? document.JointMeeting?.MinMeetingsPerYear ?? JointMeetingSettings.DefaultMinMeetingsPerYear,
            TimeZoneId: timeZone,
            Language: language);
        try
        {
            var result = await new CreateJointMeetingHandler(store, time)
                .HandleAsync(new CreateJointMeeting(settings, document, ChatAccount.System, secretariat), cancellationToken);
            if (result.Created is not { } created)
            {
                io.Error.WriteLine($"error: {result.Refusal}");
                return ExitCodes.InputError;
            }
            io.Output.Write(JointMeetingSummary.Render(created, document, StoreFactory.Describe(options, CliStorage.ContentRoot)));
            return ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            io.Error.WriteLine($"error: the store refused the change{(ex.IsRetryable ? " (try again)" : "")}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
