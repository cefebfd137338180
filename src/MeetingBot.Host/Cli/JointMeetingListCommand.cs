using MeetingBot.Core.Domain.Persistence;
using System.CommandLine;
using MeetingBot.Storage.Entities;

namespace MeetingBot.Host.Cli;

// joint-meeting list
internal static class JointMeetingListCommand
{
    public static Command Create(CliStorage storage)
    {
        var command = new Command("list", "List the joint meetings in the configured store.");
        command.SetAction((result, cancellationToken) => RunAsync(storage, result.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliStorage storage, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        var (store, _) = await storage.OpenAsync(io.Error, cancellationToken);
        if (store is null)
            return ExitCodes.InputError;
        try
        {
            var all = await store.ListAsync(cancellationToken);
            if (all.Count == 0)
                io.Output.WriteLine("no joint meetings yet: create one with `joint-meeting create --from <policy document>`.");
            foreach (var (jm, _) in all)
                io.Output.WriteLine($"{jm.Id}\t{jm.Name}\t{jm.Units.Count} units\t{jm.Tasks.Count} tasks");
            return ExitCodes.Ok;
        }
        catch (StoreException ex)
        {
            io.Error.WriteLine($"error: the store could not be read{(ex.IsRetryable ? " (try again)" : "")}: {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }
}
