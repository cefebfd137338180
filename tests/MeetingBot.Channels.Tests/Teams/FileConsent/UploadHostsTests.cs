using MeetingBot.Channels.Teams.FileConsent;

namespace MeetingBot.Channels.Tests.Teams.FileConsent;

/// <summary>Our file goes only to OneDrive / SharePoint over https: an uploadUrl is the caller's word.</summary>
public sealed class UploadHostsTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/zw/_api/v2.0/drive/items/01/uploadSession?guid=1", true)]
    [InlineData("https://gov-my.sharepoint.cn/personal/zw/_api/v2.0/uploadSession?x=1", true)]
    [InlineData("https://contoso-my.SharePoint.com/upload", true)]
    [InlineData("https://api.onedrive.com/rup/abc", true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false)]
    [InlineData("https://contoso-my.sharepoint.com:8443/upload", false)]
    [InlineData("https://contoso-my.sharepoint.com.evil.example/upload", false)]
    [InlineData("https://evilsharepoint.com/upload", false)]
    [InlineData("https://sharepoint.com/upload", false)]
    [InlineData("https://user:pw@contoso-my.sharepoint.com/upload", false)]
    [InlineData("http://127.0.0.1:5000/upload/1", false)]
    [InlineData("ftp://contoso-my.sharepoint.com/upload", false)]
    [InlineData("/upload/relative", false)]
    [InlineData("", false)]
    public void OnlyHttpsOneDriveHostsAreAllowed(string url, bool allowed) =>
        new UploadHosts(allowLoopbackHttp: false).Allows(url).Should().Be(allowed);

    [Theory]
    [InlineData("http://127.0.0.1:5000/upload/1", true)]
    [InlineData("http://localhost:5000/upload/1", true)]
    [InlineData("http://10.0.0.5/upload/1", false)]
    [InlineData("http://uploads.example.com/upload/1", false)]
    public void LoopbackHttp_OnlyWhenAllowed_AndNeverAnotherHost(string url, bool allowed) =>
        new UploadHosts(allowLoopbackHttp: true).Allows(url).Should().Be(allowed);
}
