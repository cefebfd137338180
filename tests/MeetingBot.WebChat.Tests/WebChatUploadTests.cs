using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Conversation;
using MeetingBot.WebChat.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.WebChat.Tests;

/// <summary>
/// A convenor drops a Word plan into the chat with Web Chat's paper-clip button (the browser's file chooser, Web
/// Chat's upload through Direct Line) and sees the proposed joint meeting as a card to confirm or discard.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatUploadTests(WebChatFixture fixture)
{
    private const Lang Zh = Lang.Zh;
    private const string Title = "永安区职业教育提质培优行动计划";

    [Fact]
    public async Task Convenor_UploadsAWordPlanWithThePaperClip_SeesThePreviewCardWithItsTasksAndUnits()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, fixture.Host, nameof(Convenor_UploadsAWordPlanWithThePaperClip_SeesThePreviewCardWithItsTasksAndUnits));
        await chat.ChooseAsync(YongnianPolicy.JointMeetingId, "convenor");

        await chat.StepAsync("choose the Word file with the paper-clip button", async () =>
        {
            var chooser = await chat.Page.RunAndWaitForFileChooserAsync(() => chat.Chat.Locator(".webchat__upload-button").ClickAsync());
            await chooser.SetFilesAsync(new FilePayload
            {
                Name = "永安区行动计划.docx",
                MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Buffer = Plan(),
            });
        });
        // Web Chat keeps the chosen file in the send box until the user sends it (sendAttachmentOn: "send").
        await chat.StepAsync("press Send", () => chat.Chat.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "发送", Exact = true }).ClickAsync());

        var card = await chat.CardAsync(Replies.ImportPreviewTitle(Zh, Title));
        await chat.StepAsync("the preview names each task with its lead and responsible units, and the buttons to create or discard", async () =>
        {
            await Expect(card).ToContainTextAsync("建设区级高水平专业群3个");
            await Expect(card).ToContainTextAsync("牵头：区教育局");
            await Expect(card).ToContainTextAsync("培育产教融合型企业20家");
            await Expect(card).ToContainTextAsync("牵头：区发展改革局");
            await Expect(card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.ImportCreateButton(Zh), Exact = true })).ToBeVisibleAsync();
            await Expect(card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Replies.ImportDiscardButton(Zh), Exact = true })).ToBeVisibleAsync();
        });
        // The user's own message shows the file by name, as Web Chat shows an upload.
        await Expect(chat.Chat).ToContainTextAsync("永安区行动计划.docx");
    }

    private static byte[] Plan()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body(P(Title), P("为推动我区职业教育高质量发展，制定本行动计划。"), P("附件：重点任务分工表"));
            var table = new Table();
            foreach (var row in new[] { new[] { "序号", "工作任务", "牵头单位", "责任单位", "完成时限" }, ["1", "建设区级高水平专业群3个。", "区教育局", "区财政局", "2022年底前"], ["2", "培育产教融合型企业20家。", "区发展改革局", "区教育局", "2023年底前"] })
                table.Append(new TableRow(row.Select(c => new TableCell(P(c)))));
            body.Append(table);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();

        static Paragraph P(string text) => new(new Run(new Text(text)));
    }
}
