namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// Where a reply goes in Slack: a channel or DM (<see cref="Channel"/>), in a thread when <see cref="ThreadTs"/> is
/// set, seen only by <see cref="EphemeralUser"/> when set (a slash command's answer), through <see cref="ResponseUrl"/>
/// when the interaction gave one (it works even where the bot is not a member).
/// </summary>
public sealed record SlackTarget(string Channel, string? ThreadTs = null, string? EphemeralUser = null, string? ResponseUrl = null);
