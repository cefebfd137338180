using System.CommandLine;
using System.Globalization;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Questions;

namespace MeetingBot.Host.Cli;

// policy ask <file|folder> "<question>" [--today YYYY-MM-DD]
internal static class PolicyAskCommand
{
    public static Command Create(TimeProvider time)
    {
        var source = new Argument<string>("source") { Description = "A policy document (.docx, .pdf, .html, .txt) or a folder of them." };
        // The words after the source are one question, so an English one needs no quotes: `policy ask seeds who leads training`.
        var question = new Argument<string[]>("question")
        {
            Description = "Who is responsible for a topic, what a unit owns, or which targets fall due by a date.",
            Arity = ArgumentArity.OneOrMore,
        };
        var today = new Option<string?>("--today")
        {
            Description = "The date to answer as of, as YYYY-MM-DD (default: today's local date).",
            HelpName = "YYYY-MM-DD",
        };

        var command = new Command("ask", "Ask a question about one policy document or a folder of them.")
        {
            source, question, today,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(source),
            string.Join(' ', result.GetRequiredValue(question)),
            result.GetValue(today),
            time,
            result.InvocationConfiguration));
        return command;
    }

    private static int Run(string source, string question, string? todayText, TimeProvider time, InvocationConfiguration io)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            io.Error.WriteLine("error: the question is empty.");
            return ExitCodes.InputError;
        }

        if (!TryReadToday(todayText, time, out var today))
        {
            io.Error.WriteLine($"error: --today must be a date written as YYYY-MM-DD (e.g. 2022-06-30), not '{todayText}'.");
            return ExitCodes.InputError;
        }

        var library = PolicyLibrary.Load(CallerPath.Resolve(source));
        foreach (var failure in library.Errors)
        {
            io.Error.WriteLine($"warning: {failure}");
        }

        if (library.Documents.Count == 0)
        {
            io.Error.WriteLine($"error: no policy document could be loaded from '{source}'.");
            return ExitCodes.InputError;
        }

        // Worded by the chat's own code, as a stranger in a chat without a joint meeting would be answered.
        var catalog = new PolicyCatalog(library.Documents);
        var lang = Languages.Detect(question, null);
        var answer = QuestionsFeature.AnswerOutsideChat(catalog, question, today)
            ?? QuestionsFeature.AnswerOutsideChat(catalog, Replies.QuestionsAskAbout(lang, question), today);
        io.Output.WriteLine(answer is null ? Replies.NotUnderstood(lang, question) : AnswerPages.Whole(answer));
        return ExitCodes.Ok;
    }

    private static bool TryReadToday(string? text, TimeProvider time, out DateOnly today)
    {
        if (text is null)
        {
            // Today where the joint meetings sit (Asia/Shanghai by default), not where the machine's clock is set.
            today = Core.Domain.TimeZones.LocalDate(time.GetUtcNow(), Core.Domain.TimeZones.Find(Core.Domain.JointMeetings.JointMeetingSettings.DefaultTimeZoneId));
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today);
    }
}
