using MeetingBot.Host.Cli;
using MeetingBot.Host.Extensions;

// One executable: a sub-command runs the CLI and exits; anything else (no arguments, --urls ...) serves the bot.
if (CliApp.IsCommandLine(args))
{
    return CliApp.RunConsole(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddMeetingBotHost();

var app = builder.Build();

app.MapMeetingBotEndpoints();

app.Run();
return 0;

// Makes the entry point visible to WebApplicationFactory<Program> in the tests.
public partial class Program;
