namespace MeetingBot.Core.Policy.Index;

/// <summary>Renders an answer as plain text (Chinese), each line naming the document and task path.</summary>
public static class PolicyAnswerText
{
    public static string Render(PolicyAnswer answer) => throw new NotImplementedException();
}
