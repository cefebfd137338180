using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Conversation;

// Requests to join beyond their bounds, and the digest the managers get instead of a card per request.
public static partial class Replies
{
    public static string JoinLimited(Lang lang, JointMeeting jm, JoinLimit limit) => limit switch
    {
        JoinLimit.AccountAskedTooOften => lang.Pick(
            $"您今天已经 {JoinLimits.MaxAsksPerDay} 次提交或更改加入“{jm.Name}”的申请，这次没有受理；您之前的申请仍在等待批准。明天可以再改，或直接联系召集人。",
            $"You have asked to join \"{jm.Name}\" (or changed your request) {JoinLimits.MaxAsksPerDay} times today, so this one was not taken; your earlier request still waits. You can change it again tomorrow, or ask the convenor directly."),
        JoinLimit.TooManyWaiting => lang.Pick(
            $"“{jm.Name}”已有 {JoinLimits.MaxWaiting} 个申请在等待批准，暂时不再受理新的申请，没有做任何修改。请稍后再试，或直接联系召集人或联席会议办公室。",
            $"\"{jm.Name}\" has {JoinLimits.MaxWaiting} requests waiting already and takes no new ones for now; nothing was changed. Try again later, or ask the convenor or secretariat directly."),
        _ => lang.Pick(
            $"过去一小时里“{jm.Name}”收到的加入申请太多，暂时不再受理，没有做任何修改。请一小时后再试，或直接联系召集人或联席会议办公室。",
            $"\"{jm.Name}\" has had too many requests to join in the last hour and takes no new ones for now; nothing was changed. Try again in an hour, or ask the convenor or secretariat directly."),
    };

    /// <summary>One message for many requests: how many wait, the latest few, and a button to list them all.</summary>
    public static OutgoingMessage JoinRequestsDigest(Lang lang, JointMeeting jm, int waiting)
    {
        var latest = jm.Contacts.Where(c => c.Status == ContactStatus.Pending).OrderByDescending(c => c.RequestedAt).Take(5).ToList();
        var text = lang.Pick(
            $"联席会议“{jm.Name}”现有 {waiting} 个加入申请等待批准（最近的：{Names(latest, lang)}）。申请较多，不再逐个发卡片；回复“待批准”逐一处理。",
            $"\"{jm.Name}\" has {waiting} requests to join waiting (latest: {Names(latest, lang)}). As there are many, they no longer come one card each; reply \"pending\" to go through them.");
        var card = Card.Create(
            [
                Card.Title(lang.Pick("加入申请汇总", "Requests to join")),
                Card.Facts([
                    (lang.Pick("等待批准", "Waiting"), waiting.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    (lang.Pick("最近的申请人", "Latest"), Names(latest, lang)),
                    (lang.Pick("联席会议", "Joint meeting"), jm.Name),
                ]),
            ],
            [Card.Submit(lang.Pick("待批准", "Pending"), CardActions.Data(MembershipActions.ShowPending, jm.Id, lang, []))],
            lang);
        return new OutgoingMessage(text, card);
    }
}
