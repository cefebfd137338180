using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Corrections;
using MeetingBot.Core.Conversation.Features.Help;
using MeetingBot.Core.Conversation.Features.Import;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Conversation.Features.Membership;
using MeetingBot.Core.Conversation.Features.Questions;
using MeetingBot.Core.Conversation.Features.Reminders;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Conversation.Features.Setup;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Core.Conversation;

/// <summary>The conversation as every channel and the tests get it: the features in the order they are offered a message.</summary>
public static class MeetingBotConversation
{
    /// <param name="cardBudget">How much a card may hold on the channels that render it.</param>
    /// <param name="people">The languages people chat in, when the host remembers them: notices then follow each person's.</param>
    /// <param name="dashboards">Signed links to the host's dashboard, when it serves one: "看板" then gives one.</param>
    /// <param name="invitations">Who the meeting invitations name as organizer and attendees; a reserved address by default.</param>
    /// <param name="reminders">The reminder ledger, when the host has one: "提醒计划" then also says how the recent reminders went.</param>
    public static ConversationHandler Create(IJointMeetingStore store, PolicyCatalog catalog, ICardBudget cardBudget, TimeProvider time,
        JointMeetingDirectory? directory = null, IReminderLedger? reminders = null, ILogger<ConversationHandler>? log = null,
        People.IPersonLanguages? people = null, IDashboardLinks? dashboards = null, IPolicyFileStore? policyFiles = null,
        InvitationAddresses? invitations = null)
    {
        directory ??= new JointMeetingDirectory(store, time);
        var features = new List<IConversationFeature>();
        // Order matters only where two features could read the same words: commands first, free questions last.
        // A file sent in chat is a document to import (first: a file sent alone has no text, which reads as "help").
        // Without a store of files the originals live in memory only.
        features.Add(new PolicyImportFeature(catalog, new CreateJointMeetingHandler(store, time), policyFiles ?? new InMemoryPolicyFileStore()));
        features.Add(new HelpFeature(() => features));
        features.Add(new SetupFeature(catalog, new CreateJointMeetingHandler(store, time)));
        features.Add(new MembershipFeature(catalog));
        features.Add(new CorrectionsFeature(catalog));
        features.Add(new MeetingsFeature(invitations));
        features.Add(new ReportingFeature(dashboards));
        features.Add(new RemindersFeature(catalog, reminders));
        features.Add(new QuestionsFeature(catalog, directory.PersonMemory));
        return new ConversationHandler(features, store, directory, cardBudget, time, log, people);
    }
}
