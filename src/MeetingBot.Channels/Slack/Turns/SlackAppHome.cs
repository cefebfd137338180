using System.Text.Json.Nodes;
using MeetingBot.Channels.Slack.Api;
using MeetingBot.Channels.Slack.Http;
using MeetingBot.Channels.Slack.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Channels.Slack.Turns;

/// <summary>
/// App Home (app_home_opened → views.publish): what a person sees of their joint meeting without typing, asked of
/// the same conversation as in their DM (so the joint meeting is the one they chose or belong to), by their role in
/// it: who they are there; buttons that say the commands that role may use (the convenor and secretariat schedule,
/// open reports, approve; a unit contact fills in the report; an observer reads; a stranger asks to join), whose
/// forms open as modals; and the answers that role follows (a unit contact's tasks, the next meeting, who has not
/// reported).
/// </summary>
public sealed class SlackAppHome(
    ConversationHandler conversation,
    JointMeetingDirectory jointMeetings,
    SlackBot bot,
    SlackDirectMessages directMessages,
    SlackApiClient api,
    ILogger<SlackAppHome> log)
{
    public async Task PublishAsync(string team, string user, CancellationToken cancellationToken)
    {
        string channel;
        try
        {
            channel = await directMessages.OpenAsync(team, user, cancellationToken);
        }
        catch (SlackApiException)
        {
            channel = "D-home-" + user; // no DM to be had: the questions are still answered for the person
        }

        var asker = await bot.MessageAsync(team, user, channel, "", null, cancellationToken);
        var lang = Languages.Detect("", asker.Locale);
        // The joint meeting the DM is about, and the viewer's role in it (none while a request waits for approval).
        var jointMeeting = await jointMeetings.ResolveAsync(asker, cancellationToken);
        var me = jointMeeting?.Identify(asker.From) ?? new Participant(asker.From, null, null);
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = BlockKitRenderer.Plain(Replies.SlackHomeTitle(lang)) },
            new JsonObject { ["type"] = "section", ["text"] = BlockKitRenderer.Mrkdwn(SlackText.ToMrkdwn(Replies.SlackHomeWho(lang, jointMeeting, me))) },
            new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(BlockKitRenderer.Mrkdwn(SlackText.ToMrkdwn(Replies.SlackHomeIntro(lang)))) },
            new JsonObject
            {
                ["type"] = "actions",
                // Action ids must differ within a block; the command said is the button's value.
                ["elements"] = new JsonArray([.. Replies.SlackHomeButtons(lang, me.Role).Select((b, i) => (JsonNode)new JsonObject
                {
                    ["type"] = "button",
                    ["action_id"] = $"{SlackInteractions.SayAction}_{i}",
                    ["text"] = BlockKitRenderer.Plain(b.Label),
                    ["value"] = b.Say,
                })]),
            },
        };

        foreach (var (heading, say) in Replies.SlackHomeQuestions(lang, me.Role))
        {
            var section = new List<JsonNode> { new JsonObject { ["type"] = "divider" }, new JsonObject { ["type"] = "section", ["text"] = BlockKitRenderer.Mrkdwn($"*{SlackText.Escape(heading)}*") } };
            try
            {
                var reply = await conversation.HandleAsync(asker with { Text = say }, cancellationToken);
                foreach (var message in reply.Messages)
                {
                    if (message.Card is { } card && !BlockKitRenderer.HasInputs(card)) section.AddRange(BlockKitRenderer.Blocks(card).Select(b => b!.DeepClone()));
                    else section.AddRange(SlackText.Split(SlackText.ToMrkdwn(message.Text), BlockKitRenderer.MaxSectionText).Select(t => (JsonNode)new JsonObject { ["type"] = "section", ["text"] = BlockKitRenderer.Mrkdwn(t) }));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SlackLog.HandlingFailed(log, "app home section", heading, e);
                section.Add(new JsonObject { ["type"] = "section", ["text"] = BlockKitRenderer.Mrkdwn(SlackText.Escape(Replies.SlackHomeUnavailable(lang))) });
            }
            if (blocks.Count + section.Count > BlockKitRenderer.MaxViewBlocks) break;
            foreach (var block in section) blocks.Add(block);
        }

        await api.CallAsync("views.publish", new JsonObject { ["user_id"] = user, ["view"] = new JsonObject { ["type"] = "home", ["blocks"] = blocks } }, cancellationToken);
    }
}
