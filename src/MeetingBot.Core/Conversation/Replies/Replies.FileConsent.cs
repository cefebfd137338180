namespace MeetingBot.Core.Conversation;

/// <summary>The words around Teams' file consent: a file offered into the person's OneDrive, and what became of it.</summary>
public static partial class Replies
{
    /// <summary>The consent card's description (Teams shows it beside the file's name and size).</summary>
    public static string FileConsentDescription(Lang lang, string name) => lang.Pick(
        $"联席会议助手发来的文件 {name}。允许后保存到您的 OneDrive，并出现在本聊天中；拒绝也可以用消息里的下载链接。",
        $"{name}, from MeetingBot. Allow to save it to your OneDrive and see it in this chat; if you decline, the download link in the message still works.");

    public static string FileConsentSaved(Lang lang, string name, string by, string when) => lang.Pick(
        $"已将 {name} 保存到 {by} 的 OneDrive（{when}）。",
        $"{name} was saved to {by}'s OneDrive ({when}).");

    public static string FileConsentAlreadySaved(Lang lang, string name, string by, string when) => lang.Pick(
        $"{name} 已经保存过了：{by} 于 {when} 保存到 OneDrive，没有再次上传。",
        $"{name} was saved already: {by} saved it to OneDrive at {when}; it was not uploaded again.");

    public static string FileConsentBusy(Lang lang, string name) => lang.Pick(
        $"{name} 正在保存到 OneDrive，请稍候。",
        $"{name} is being saved to OneDrive; please wait.");

    public static string FileConsentDeclined(Lang lang, string name) => lang.Pick(
        $"未保存 {name}。消息里的下载链接仍然可以使用。",
        $"{name} was not saved. The download link in the message still works.");

    public static string FileConsentExpired(Lang lang, string name) => lang.Pick(
        $"保存 {name} 的邀请已过期（文件只保留一天）。请使用消息里的下载链接，或重新发出命令。",
        $"The offer to save {name} has expired (files are held for a day). Use the download link in the message, or ask again.");

    public static string FileConsentUnknown(Lang lang) => lang.Pick(
        "这张卡片的文件不是本机器人在此聊天中提供的，或已不再保存；没有上传任何内容。",
        "This card's file was not offered by this bot in this chat, or is no longer held; nothing was uploaded.");

    public static string FileConsentHostRefused(Lang lang, string name) => lang.Pick(
        $"Teams 给出的保存地址不是微软 OneDrive/SharePoint 的安全地址，{name} 没有上传。消息里的下载链接仍然可以使用。",
        $"The upload address Teams gave is not a secure Microsoft OneDrive/SharePoint address, so {name} was not uploaded. The download link in the message still works.");

    /// <param name="httpStatus">OneDrive's answer, when it answered.</param>
    /// <param name="timedOut">Whether it did not answer in time (else, without a status, it could not be reached).</param>
    public static string FileConsentUploadFailed(Lang lang, string name, int? httpStatus, bool timedOut)
    {
        var why = httpStatus is { } status ? lang.Pick($"OneDrive 返回 HTTP {status}", $"OneDrive answered HTTP {status}")
            : timedOut ? lang.Pick("OneDrive 没有及时应答", "OneDrive did not answer in time")
            : lang.Pick("无法连接 OneDrive", "OneDrive could not be reached");
        return lang.Pick(
            $"保存 {name} 到 OneDrive 失败（{why}）。可以再点一次“允许”重试；消息里的下载链接仍然可以使用。",
            $"Saving {name} to OneDrive failed ({why}). You can press Allow again to retry; the download link in the message still works.");
    }

    public static string FileConsentTryLater(Lang lang, string name) => lang.Pick(
        $"现在无法保存 {name}（机器人正忙），请稍后再点一次“允许”。",
        $"{name} cannot be saved right now (the bot is busy); please press Allow again shortly.");
}
