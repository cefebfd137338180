using System.Net;
using MeetingBot.WebChat.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests;

/// <summary>The page itself: served with the Web Chat client, Chinese first with an English switch, a fresh chat per persona.</summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatPageTests(WebChatFixture fixture)
{
    [Fact]
    public async Task Root_WebChatEnabled_ServesThePageAndTheWebChatClient()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseUrl };

        var page = await http.GetAsync("/");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("lib/webchat.js").And.Contain("app.js");

        var client = await http.GetAsync("/lib/webchat.js");
        client.StatusCode.Should().Be(HttpStatusCode.OK);
        client.Content.Headers.ContentLength.Should().BeGreaterThan(1_000_000, "it is the whole browser bundle of botframework-webchat");
    }

    [Fact]
    public async Task Root_WebChatDisabled_NotFound()
    {
        await using var host = await WebChatHost.StartAsync("--WebChat:Enabled=false");
        using var http = new HttpClient { BaseAddress = host.BaseUrl };

        (await http.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/lib/webchat.js")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await http.GetAsync("/webchat/personas")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Page_Opened_ChineseByDefault_EnglishSwitchRelabelsAndStartsAnEnglishChat()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Page_Opened_ChineseByDefault_EnglishSwitchRelabelsAndStartsAnEnglishChat));
        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");
        var page = chat.Page;

        await chat.StepAsync("Chinese labels", async () =>
        {
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await Expect(page.Locator("h1")).ToHaveTextAsync("联席会议助手");
            await Expect(page.Locator("#persona option[value=convenor]")).ToHaveTextAsync("召集人");
        });
        var chineseChat = "";
        await chat.StepAsync("note the Chinese chat", async () => chineseChat = await chat.Chat.GetAttributeAsync("data-conversation-id") ?? "");

        await chat.StepAsync("switch to English", async () =>
        {
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Joint meeting assistant");
            await Expect(page.Locator("#persona option[value=convenor]")).ToHaveTextAsync("Convenor");
            await Expect(chat.Chat).Not.ToHaveAttributeAsync("data-conversation-id", chineseChat);
            await Expect(chat.SendBox).ToBeEditableAsync();
        });

        // The new English chat is greeted in English with what the convenor may do.
        await chat.ReplyShowingAsync("Hello, I am MeetingBot", "schedule meeting");
        // The session was made in English: asked in no language ("?" is help), the bot answers in English.
        await chat.SendAsync("?");
        await chat.StepAsync("the help asked for follows the greeting", () =>
            Expect(chat.BotActivities.Filter(new() { HasText = "Joint meeting:" })).ToHaveCountAsync(2));
    }

    [Fact]
    public async Task NewChat_GreetsThePersonOnceWithWhatTheyMayDo()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(NewChat_GreetsThePersonOnceWithWhatTheyMayDo));

        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");
        await chat.ReplyShowingAsync("您好，我是联席会议助手。", "安排会议");

        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "bystander");
        var greeting = await chat.ReplyShowingAsync("您好，我是联席会议助手。");
        await chat.StepAsync("the bystander is greeted once, and not offered to schedule meetings", async () =>
        {
            await Expect(greeting).Not.ToContainTextAsync("安排会议");
            await Expect(chat.BotActivities.Filter(new() { HasText = "您好，我是联席会议助手。" })).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public async Task Persona_Switched_StartsAFreshChat()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Persona_Switched_StartsAFreshChat));
        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "bystander");
        await chat.SendAsync("谁负责双师型教师？");
        await chat.ReplyShowingAsync("双师型教师");
        var first = "";
        await chat.StepAsync("note the bystander's chat", async () => first = await chat.Chat.GetAttributeAsync("data-conversation-id") ?? "");

        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");

        await chat.StepAsync("the new chat has its own conversation, without the bystander's question", async () =>
        {
            (await chat.Chat.GetAttributeAsync("data-conversation-id")).Should().NotBe(first);
            await Expect(chat.Chat).Not.ToContainTextAsync("谁负责双师型教师");
        });
    }

    [Fact]
    public async Task Example_Clicked_IsSentAndAnswered()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Example_Clicked_IsSentAndAnswered));
        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");

        await chat.ReplyShowingAsync("您好，我是联席会议助手。");
        await chat.StepAsync("click the example 帮助", () =>
            chat.Page.Locator("#examples").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "帮助", Exact = true }).ClickAsync());

        await chat.StepAsync("it is sent as the user's message", () =>
            Expect(chat.Chat.Locator(".webchat__stacked-layout--from-user").Filter(new() { HasText = "帮助" })).ToBeVisibleAsync());
        await chat.StepAsync("the help asked for follows the greeting", () =>
            Expect(chat.BotActivities.Filter(new() { HasText = "联席会议：" })).ToHaveCountAsync(2));
    }

    [Fact]
    public async Task Examples_FollowThePersona_ABystanderIsNotOfferedToSchedule()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Examples_FollowThePersona_ABystanderIsNotOfferedToSchedule));
        var examples = chat.Page.Locator("#examples");

        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "bystander");
        await chat.StepAsync("the bystander's examples: nothing only the convenor may do", async () =>
        {
            await Expect(examples).ToContainTextAsync("我想列席");
            await Expect(examples).Not.ToContainTextAsync("安排会议");
            await Expect(examples).Not.ToContainTextAsync("发起报告");
        });

        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");
        await chat.StepAsync("the convenor's examples offer scheduling", () => Expect(examples).ToContainTextAsync("安排会议"));
    }
}
