using System.CommandLine;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Host.Cli;

// policy parse <file> [--json]
internal static class PolicyParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A policy document: .docx, .pdf (with a text layer), a saved web page (.html) or text (.txt)." };
        var json = new Option<bool>("--json") { Description = "Print the whole parsed document as JSON." };

        var command = new Command("parse", "Parse a policy document and print its summary or JSON.") { file, json };
        command.SetAction(result =>
            Run(result.GetRequiredValue(file), result.GetValue(json), result.InvocationConfiguration));
        return command;
    }

    private static int Run(string path, bool json, InvocationConfiguration io)
    {
        var parsed = PolicyParser.ParseFile(CallerPath.Resolve(path));
        if (parsed.Document is null)
        {
            io.Error.WriteLine($"error: {parsed.Error}");
            return ExitCodes.InputError;
        }

        io.Output.WriteLine(json ? PolicyJson.Serialize(parsed.Document) : PolicySummary.Render(parsed.Document));
        return ExitCodes.Ok;
    }
}
