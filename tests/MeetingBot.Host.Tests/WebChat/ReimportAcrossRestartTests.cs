using System.Net;
using System.Text;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>
/// A convenor re-imports a revised version of the seed document their joint meeting was built from; the host
/// restarts; questions are answered from the revised version, not the seed beside the host.
/// </summary>
public sealed class ReimportAcrossRestartTests : IDisposable
{
    private const string Seed = "002_3db67e52c630979e.txt";
    private const string Question = "谁负责双师型教师队伍建设？";
    private const string Revised = "建立一支高水平专兼结合的双师型教师队伍";
    private readonly TempFolder data = new();

    [Fact]
    public async Task Reimport_OfASeedBuiltJointMeeting_IsWhatTheRestartedHostAnswersFrom()
    {
        await using (var host = await WebChatHost.StartAsync(dataPath: data.Path))
        {
            var session = await host.SessionAsync("demo-002", "convenor");
            (await AnswerAsync(host, session)).Should().NotContain(Revised, "the seed is the document before the re-import");

            (await DirectLineUpload.PostAsync(host, session, Seed, RevisedSeed())).StatusCode.Should().Be(HttpStatusCode.OK);
            var (activities, _) = await host.PollAsync(session);
            var card = activities.Last(a => a["attachments"] is not null && a["from"]!["role"]!.GetValue<string>() == "bot")["attachments"]![0]!["content"]!.AsObject();
            var button = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            button.Should().Contain("重新导入到");
            var title = System.Text.RegularExpressions.Regex.Match(button, "重新导入到“[^”]+”").Value;
            var pressed = await host.AskAsync(session, WebChatHost.Message(null, CardSubmit.Value(card, title, new Dictionary<string, string>()), clientActivityId: "c2"));
            pressed.Select(a => a["text"]?.GetValue<string>() ?? "").Should().Contain(t => t.Contains("重新导入"));
            (await AnswerAsync(host, session, "c3")).Should().Contain(Revised, "answered from the re-imported version at once");
        }

        await using var restarted = await WebChatHost.StartAsync(dataPath: data.Path);
        var again = await restarted.SessionAsync("demo-002", "convenor");

        (await AnswerAsync(restarted, again)).Should().Contain(Revised, "after a restart the version the convenor confirmed wins over the seed");
    }

    [Fact]
    public async Task Start_WithARevisedSeedInTheDataFoldersPolicies_AnswersFromIt()
    {
        // What an earlier version of the bot left there after a re-import in chat.
        Directory.CreateDirectory(Path.Combine(data.Path, "policies"));
        await File.WriteAllBytesAsync(Path.Combine(data.Path, "policies", Seed), RevisedSeed());

        await using var host = await WebChatHost.StartAsync(dataPath: data.Path);
        var session = await host.SessionAsync("demo-002", "convenor");

        (await AnswerAsync(host, session)).Should().Contain(Revised);
    }

    private static async Task<string> AnswerAsync(WebChatHost host, WebChatSession session, string clientActivityId = "c1") =>
        string.Join("\n", (await host.AskAsync(session, WebChatHost.Message(Question, clientActivityId: clientActivityId))).Select(a => a["text"]?.GetValue<string>() ?? ""));

    private static byte[] RevisedSeed()
    {
        var text = File.ReadAllText(RepoPaths.Seed(Seed), Encoding.UTF8);
        text.Should().Contain("建立一支双师型教师队伍");
        return Encoding.UTF8.GetBytes(text.Replace("建立一支双师型教师队伍", Revised));
    }

    public void Dispose() => data.Dispose();
}
