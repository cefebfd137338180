using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Conversation;

namespace MeetingBot.Conversation.Tests.Stories;

// The Teams command menu (CommandCatalog) puts a command's words in the compose box; sent as they are, or with
// an argument, each must reach a feature that answers it, never "not understood".
public sealed class MenuCommandsTests : IDisposable
{
    private readonly ChatHarness chat = new();

    public static TheoryData<string> Words()
    {
        var data = new TheoryData<string>();
        foreach (var command in CommandCatalog.All)
        {
            data.Add(command.Chinese);
            data.Add(command.English);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public async Task MenuWords_SentAsTheyAre_AreUnderstood(string words)
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);

        var asConvenor = await convenor.SaysAsync(words, group);
        var asStranger = await chat.Person("路人").SaysAsync(words, group);

        foreach (var reply in new[] { asConvenor, asStranger })
        {
            reply.Messages.Should().NotBeEmpty();
            reply.AllText.Should().NotBe(Replies.NotUnderstood(Languages.Detect(words, null), words));
        }
    }

    public void Dispose() => chat.Dispose();
}
