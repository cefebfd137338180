using System.Text.RegularExpressions;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// Teams reads a message's text as HTML too, so "approve &lt;name&gt;" reaches the reader as "approve ": English help
/// and hints name what to fill in without angle brackets ("approve [name]").
/// </summary>
public sealed partial class EnglishPlaceholderTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public void CommandUsages_InEnglish_HaveNoAngleBracketPlaceholders()
    {
        var usages = chat.Handler.Features.SelectMany(f => f.Commands).Select(c => c.UsageEn).ToList();

        usages.Should().NotBeEmpty().And.AllSatisfy(u => Placeholder().IsMatch(u).Should().BeFalse(u));
    }

    [Fact]
    public async Task HelpAndHints_InEnglish_ForEveryRole_HaveNoAngleBracketPlaceholders()
    {
        var convenor = chat.Person("Convenor");
        var contact = chat.Person("Contact");
        var observer = chat.Person("Observer");
        var stranger = chat.Person("Stranger");
        await chat.YongnianAsync(convenor, language: "en");
        await chat.BindContactAsync(contact, "区财政局");
        await chat.BindRoleAsync(observer, ContactRole.Observer);

        var said = new List<string>();
        foreach (var person in new[] { convenor, contact, observer, stranger })
            foreach (var text in new[] { "help", "pending", "attendance", "my report", "who has not reported", "use", "bind", "report: done" })
                said.Add((await person.SaysAsync(text)).AllText);
        said.Add((await chat.Person("Newcomer").SaysAsync("help")).AllText);

        said.Should().AllSatisfy(t => Placeholder().Matches(t).Select(m => m.Value).Should().BeEmpty(t));
    }

    [GeneratedRegex(@"<[A-Za-z][A-Za-z .…-]*>")]
    private static partial Regex Placeholder();

    public void Dispose() => chat.Dispose();
}
