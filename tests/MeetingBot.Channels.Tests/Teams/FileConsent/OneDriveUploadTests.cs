using MeetingBot.Channels.Teams.FileConsent;
using MeetingBot.TestPeers.OneDrive;

namespace MeetingBot.Channels.Tests.Teams.FileConsent;

/// <summary>The PUTs of an upload session, against a recording stand-in on loopback.</summary>
public sealed class OneDriveUploadTests : IAsyncLifetime
{
    private StubOneDrive _drive = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _drive = await StubOneDrive.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _drive.DisposeAsync();
    }

    [Fact]
    public async Task ASmallFile_GoesInOnePut_WithItsWholeRange()
    {
        var file = Bytes(1000);

        (await new OneDriveUpload(_http).PutAsync(_drive.SessionUrl("a"), file, CancellationToken.None)).Should().BeNull();

        var put = _drive.Puts.Should().ContainSingle().Subject;
        put.ContentRange.Should().Be("bytes 0-999/1000");
        put.Body.Should().Equal(file);
    }

    [Fact]
    public async Task ALargeFile_GoesInSlicesOf320KiBMultiples_InOrder_ThatMakeTheFile()
    {
        const int slice = 320 * 1024;
        var file = Bytes(slice * 2 + 5);

        (await new OneDriveUpload(_http, singlePutLimit: slice, sliceBytes: slice).PutAsync(_drive.SessionUrl("b"), file, CancellationToken.None)).Should().BeNull();

        _drive.Puts.Select(p => p.ContentRange).Should().Equal(
            $"bytes 0-{slice - 1}/{file.Length}", $"bytes {slice}-{2 * slice - 1}/{file.Length}", $"bytes {2 * slice}-{file.Length - 1}/{file.Length}");
        _drive.Puts.SelectMany(p => p.Body).Should().Equal(file);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(503)]
    public async Task AFailingSession_IsSaidWithItsStatus(int status)
    {
        _drive.FailWith(status);

        (await new OneDriveUpload(_http).PutAsync(_drive.SessionUrl("c"), Bytes(10), CancellationToken.None)).Should().Be(new UploadFailure(status, TimedOut: false));
    }

    [Fact]
    public async Task AnUnreachableSession_IsSaidInWords()
    {
        var closed = _drive.SessionUrl("d");
        await _drive.DisposeAsync();

        (await new OneDriveUpload(_http).PutAsync(closed, Bytes(10), CancellationToken.None)).Should().Be(new UploadFailure(null, TimedOut: false));
    }

    private static byte[] Bytes(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))];
}
