using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Channels.Tests.Slack;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void UnitNamesAndReportText_NeverBecomeLinksOrMentions_AndChineseStaysIntact()
    {
        var text = SlackText.ToMrkdwn("**区财政局** 报告：<!channel> <@U123> <https://evil.example|点我> A&B 双师型教师占比60%");

        text.Should().Be("*区财政局* 报告：&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|点我&gt; A&amp;B 双师型教师占比60%");
    }

    [Fact]
    public void MarkdownLinks_AndHeadings_BecomeSlacks()
    {
        SlackText.ToMrkdwn("## 会议简报\n附件：[第一次会议.ics](https://bot.example.com/files/a.ics?d=x&sig=y)")
            .Should().Be("*会议简报*\n附件：<https://bot.example.com/files/a.ics?d=x&amp;sig=y|第一次会议.ics>");
    }

    [Fact]
    public void WhatAPersonTyped_LosesTheBotsMention_AndLinksReadAsLabels()
    {
        SlackText.FromSlack("<@UBOT> 谁负责 &lt;实训基地&gt; &amp; <https://x.example|这个> <#C1|general>", "UBOT").Should().Be("谁负责 <实训基地> & 这个 general");
    }

    [Fact]
    public void ACard_StaysWithinSlacksLimits()
    {
        var facts = Enumerable.Range(1, 23).Select(i => ($"任务{i}", new string('长', 2500)));
        var choices = Enumerable.Range(1, 150).Select(i => ($"选项{i}" + new string('字', 80), $"v{i}"));
        var buttons = Enumerable.Range(1, 30).Select(i => (CardAction)Card.Submit($"按钮{i}" + new string('按', 80), CardActions.Data("x", "jm-1", Lang.Zh, ("n", i.ToString()))));
        var card = Card.Create(
            [Card.Title(new string('题', 200)), Card.Text(new string('文', 7000)), Card.Facts(facts),
             Card.ChoiceInput("pick", "选择", choices), Card.TextInput("note", "说明", new string('值', 5000))],
            buttons);

        var blocks = BlockKitRenderer.Blocks(card).Select(b => b!.AsObject()).ToList();

        blocks.Should().NotContain(b => Type(b) == "header", "a title over a header's 150 characters is a bold section");
        blocks.Where(b => Type(b) == "section" && b["text"] is not null).Should().AllSatisfy(b => b["text"]!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(3000));
        blocks.Where(b => b["fields"] is not null).Should().AllSatisfy(b =>
        {
            b["fields"]!.AsArray().Count.Should().BeLessThanOrEqualTo(10);
            b["fields"]!.AsArray().Should().AllSatisfy(f => f!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(2000));
        });
        blocks.Where(b => Type(b) == "actions").Should().AllSatisfy(b => b["elements"]!.AsArray().Count.Should().BeLessThanOrEqualTo(25));
        var buttonsOut = blocks.Where(b => Type(b) == "actions").SelectMany(b => b["elements"]!.AsArray()).ToList();
        buttonsOut.Should().HaveCount(30);
        buttonsOut.Should().AllSatisfy(b => b!["text"]!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(75));
        var select = blocks.Single(b => b["block_id"]?.GetValue<string>() == "pick")["element"]!;
        select["options"]!.AsArray().Count.Should().BeLessThanOrEqualTo(100);
        select["options"]!.AsArray().Should().AllSatisfy(o => o!["text"]!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(75));
        blocks.Single(b => b["block_id"]?.GetValue<string>() == "note")["element"]!["initial_value"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(3000);
        SlackCardBudget.Instance.Fits(card).Should().BeTrue();
    }

    [Fact]
    public void APressedButton_ReadsBackItsData_WithTheInputs_ButInputsCannotChangeTheAction()
    {
        var data = CardActions.Data("report.submit", "jm-1", Lang.En, ("task", "2.3.4"));
        var card = Card.Create([Card.TextInput("narrative", "Narrative")], [Card.Submit("Submit", data)]);
        var button = BlockKitRenderer.Blocks(card).Single(b => Type(b!.AsObject()) == "actions")!["elements"]![0]!;
        var state = JsonNode.Parse("""{"narrative":{"narrative":{"type":"plain_text_input","value":"今年新增23名"}},"x":{"action":{"type":"plain_text_input","value":"forged"}}}""");

        var submission = SlackSubmissions.Read(BlockKitRenderer.ReadButtonValue(button["value"]!.GetValue<string>()), state);

        submission.Action.Should().Be("report.submit");
        submission.JointMeetingId.Should().Be("jm-1");
        submission.Field("task").Should().Be("2.3.4");
        submission.Field("narrative").Should().Be("今年新增23名");
    }

    [Fact]
    public void AModal_CarriesItsSubmitAndOrigin_InItsMetadata()
    {
        var data = CardActions.Data("meeting.schedule", "jm-1", Lang.Zh);
        var card = Card.Create([Card.Text("安排会议", bold: true), Card.DateInput("date", "日期", required: true)], [Card.Submit("安排这次会议并通知全体成员单位", data)]);

        var view = SlackModals.Build(card, new MeetingBot.Channels.Slack.Api.SlackTarget("C1", "1.2", "U1"))!;

        view["submit"]!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(24);
        view["title"]!["text"]!.GetValue<string>().Should().Be("安排会议");
        var origin = SlackModals.ReadMetadata(view["private_metadata"]!.GetValue<string>())!;
        origin.Target.Should().Be(new MeetingBot.Channels.Slack.Api.SlackTarget("C1", "1.2", "U1"));
        origin.Submit!["action"].Should().Be("meeting.schedule");
        view["blocks"]!.AsArray().Should().NotContain(b => Type(b!.AsObject()) == "actions", "the card's one button is the modal's submit");
    }

    private static string Type(JsonObject block) => block["type"]!.GetValue<string>();
}
