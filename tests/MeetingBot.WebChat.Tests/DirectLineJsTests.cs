using System.Text.Json;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.WebChat.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MeetingBot.WebChat.Tests;

/// <summary>
/// Our Direct Line endpoints with the official client, botframework-directlinejs, as any page embedding the web chat
/// would use them: start a conversation, send, receive the bot's replies over its WebSocket or its polling, press an
/// Adaptive Card's button, and reconnect from its watermark to get exactly what came after it (issue 16, item 16).
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class DirectLineJsTests(WebChatFixture fixture)
{
    // DirectLineJS's ConnectionStatus.
    private const int Online = 2;

    [Fact]
    public async Task WebSocket_SendReceiveACardRoundTrip_ThenAReconnectFromTheWatermarkGetsExactlyWhatCameAfter()
    {
        var session = await DirectLineJsPage.SessionAsync(fixture.Host, "demo-004", "convenor");
        await using var browser = await DirectLineJsPage.OpenAsync(fixture.Browser, fixture.Host);
        var page = browser.Page;

        // Start: the client opens the conversation with the token and streams it over its WebSocket.
        await page.EvaluateAsync("t => startClient('a', { token: t, webSocket: true })", session.Token);
        await page.WaitForFunctionAsync($"() => clients.a.statuses.includes({Online})");
        (await page.EvaluateAsync<string>("() => clients.a.dl.conversationId")).Should().Be(session.ConversationId);

        // Send: its echo and the bot's card come back over the socket.
        var asked = await PostAsync(page, "a", Message(session, "安排会议"));
        var card = await ReplyAsync(browser, "a", asked, "r => (r.attachments || []).some(x => x.contentType === 'application/vnd.microsoft.card.adaptive')");
        (await page.EvaluateAsync<bool>("([id, user]) => clients.a.activities.some(x => x.id === id && x.from.id === user && x.text === '安排会议')", new object[] { asked, session.UserId }))
            .Should().BeTrue("the client sees its own message echoed");
        card.GetProperty("attachments")[0].GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString().Should().Be(Replies.ScheduleFormTitle(Lang.Zh));
        // (Checked once something arrived: the client says it is online before its socket opens.)
        browser.Sockets.Should().ContainSingle().Which.Should().Contain($"/conversations/{session.ConversationId}/stream");

        // Where the client stands before pressing the card's button (once nothing more is arriving).
        await QuietAsync(page, "a");
        var watermark = await page.EvaluateAsync<string>("() => clients.a.dl.watermark");
        watermark.Should().NotBeNullOrEmpty();
        var seen = await page.EvaluateAsync<int>("() => clients.a.activities.length");

        // A card action round trip: the button's data with the form's inputs, posted as Web Chat posts an Action.Submit.
        var date = TestClock.WednesdayIn(7).ToString("yyyy-MM-dd");
        var value = await page.EvaluateAsync<JsonElement>("""
            ([json, button, inputs]) => {
              const card = JSON.parse(json), nodes = []; (function walk(n) { if (n && typeof n === 'object') { nodes.push(n); Object.values(n).forEach(walk); } })(card);
              const submit = nodes.find(n => n.type === 'Action.Submit' && n.title === button);
              const value = Object.assign({}, submit.data);
              nodes.filter(n => typeof n.type === 'string' && n.type.startsWith('Input.')).forEach(i => value[i.id] = i.id in inputs ? inputs[i.id] : (i.value || ''));
              return value;
            }
            """, new object[] { card.GetProperty("attachments")[0].GetProperty("content").GetRawText(), Replies.ScheduleButton(Lang.Zh),
                new Dictionary<string, string> { [MeetingForm.DateInput] = date, [MeetingForm.TimeInput] = "14:30", [MeetingForm.PlaceInput] = "区政府第三会议室", [MeetingForm.AgendaInput] = "官方客户端测试：工作推进会" } });
        var pressed = await PostAsync(page, "a", Message(session, null, value));
        var scheduled = await ReplyAsync(browser, "a", pressed, "r => typeof r.text === 'string' && r.text.includes('已安排会议')");
        scheduled.GetProperty("text").GetString().Should().Contain("区政府第三会议室");
        await QuietAsync(page, "a");
        var after = await page.EvaluateAsync<string[]>("n => clients.a.activities.slice(n).map(x => x.id)", seen);
        var before = await page.EvaluateAsync<string[]>("n => clients.a.activities.slice(0, n).map(x => x.id)", seen);
        after.Should().Contain(pressed).And.Contain(scheduled.GetProperty("id").GetString());

        // Reconnect: a second client resumes the conversation from the watermark over a new socket.
        await page.EvaluateAsync("() => clients.a.dl.end()");
        await page.EvaluateAsync("([t, c, w]) => startClient('b', { token: t, conversationId: c, watermark: w, webSocket: true })", new object[] { session.Token, session.ConversationId, watermark });
        await page.WaitForFunctionAsync($"() => clients.b.statuses.includes({Online})");
        await page.WaitForFunctionAsync("n => clients.b.activities.length >= n", after.Length);
        browser.Requests.Should().Contain($"GET /v3/directline/conversations/{session.ConversationId}?watermark={Uri.EscapeDataString(watermark)}", "it reconnects rather than starting anew");
        browser.Sockets.Should().HaveCount(2).And.Subject.Last().Should().Contain("watermark=" + Uri.EscapeDataString(watermark));
        await QuietAsync(page, "b");
        var resumed = await page.EvaluateAsync<string[]>("() => clients.b.activities.map(x => x.id)");
        resumed.Should().Equal(after, "exactly the activities after the watermark, in order: nothing replayed, nothing lost");
        // The one activity from before that comes again is the pressed card, replaced in place by its used form (an
        // update under the same id, which the log re-sends at a later watermark), not a replay of the conversation.
        var cardId = card.GetProperty("id").GetString()!;
        resumed.Intersect(before).Should().Equal(cardId);
        var firstCard = await page.EvaluateAsync<string>("id => JSON.stringify(clients.a.activities.find(x => x.id === id))", cardId);
        var usedCard = await page.EvaluateAsync<string>("id => JSON.stringify(clients.b.activities.find(x => x.id === id))", cardId);
        usedCard.Should().NotBe(firstCard, "what came again is the card's new form");

        // And the resumed client goes on talking.
        var help = await PostAsync(page, "b", Message(session, "帮助"));
        await ReplyAsync(browser, "b", help, "r => typeof r.text === 'string' && r.text.length > 0");

        (await page.EvaluateAsync<string[]>("() => clients.a.errors")).Should().Equal(["conversation ended"], "the first client was ended by the test, nothing else");
        (await page.EvaluateAsync<string[]>("() => clients.b.errors")).Should().BeEmpty();
        browser.Requests.Should().NotContain(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/activities", StringComparison.Ordinal), "everything came over the sockets");
        browser.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Polling_ABystanderAsksAQuestion_GetsTheAnswerOnTheNextPoll()
    {
        var session = await DirectLineJsPage.SessionAsync(fixture.Host, "demo-002", "bystander");
        await using var browser = await DirectLineJsPage.OpenAsync(fixture.Browser, fixture.Host);
        var page = browser.Page;

        await page.EvaluateAsync("t => startClient('p', { token: t, webSocket: false, pollingInterval: 300 })", session.Token);
        await page.WaitForFunctionAsync($"() => clients.p.statuses.includes({Online})");

        var asked = await PostAsync(page, "p", Message(session, "谁负责双师型教师？"));
        var answer = await ReplyAsync(browser, "p", asked, "r => typeof r.text === 'string' && r.text.includes('双师型教师')");
        answer.GetProperty("from").GetProperty("id").GetString().Should().NotBe(session.UserId);
        (await page.EvaluateAsync<string>("() => clients.p.dl.watermark")).Should().NotBeNullOrEmpty("each poll moves the watermark on");
        browser.Sockets.Should().BeEmpty("no socket: the client polls");
        browser.Requests.Should().Contain(r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains($"/conversations/{session.ConversationId}/activities?watermark=", StringComparison.Ordinal));

        (await page.EvaluateAsync<string[]>("() => clients.p.errors")).Should().BeEmpty();
        browser.Problems.Should().BeEmpty();
    }

    // A user's message as Web Chat builds it: text, or a card's submitted value with postBack.
    private static Dictionary<string, object?> Message(DirectLineSession session, string? text, JsonElement? value = null) => new()
    {
        ["type"] = "message",
        ["from"] = new Dictionary<string, string> { ["id"] = session.UserId, ["name"] = session.UserName, ["role"] = "user" },
        ["locale"] = "zh-CN",
        ["text"] = text,
        ["value"] = value,
        ["channelData"] = value is null ? null : new Dictionary<string, bool> { ["postBack"] = true },
    };

    private static Task<string> PostAsync(IPage page, string client, Dictionary<string, object?> activity) =>
        page.EvaluateAsync<string>("([c, a]) => post(c, JSON.parse(a))", new object[] { client, JsonSerializer.Serialize(activity.Where(kv => kv.Value is not null).ToDictionary()) });

    /// <summary>Waits for the bot's reply to <paramref name="activityId"/> that matches <paramref name="predicate"/> (a JS function of the reply) and returns it.</summary>
    private static async Task<JsonElement> ReplyAsync(DirectLineJsPage browser, string client, string activityId, string predicate)
    {
        var page = browser.Page;
        var find = $"([c, id]) => clients[c].activities.find(r => r.replyToId === id && ({predicate})(r))";
        try
        {
            await page.WaitForFunctionAsync($"([c, id]) => !!(({find})([c, id]))", new object[] { client, activityId });
        }
        catch (TimeoutException e)
        {
            var got = await page.EvaluateAsync<string>("c => JSON.stringify({ statuses: clients[c].statuses, errors: clients[c].errors, activities: clients[c].activities })", client);
            throw new TimeoutException($"No reply to {activityId} matching {predicate}; client {client} has: {got}; sockets: {string.Join("; ", browser.SocketLog)}; page: {string.Join("; ", browser.Problems)}", e);
        }
        return await page.EvaluateAsync<JsonElement>(find, new object[] { client, activityId });
    }

    // Until a second passes with nothing new: the socket delivers a reply's activities one after another.
    private static async Task QuietAsync(IPage page, string client)
    {
        for (var last = -1; ;)
        {
            var count = await page.EvaluateAsync<int>("c => clients[c].activities.length", client);
            if (count == last) return;
            last = count;
            await page.WaitForTimeoutAsync(1000);
        }
    }
}
