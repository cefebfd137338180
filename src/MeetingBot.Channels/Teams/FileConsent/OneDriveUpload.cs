using System.Net.Http.Headers;

namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// Puts a file into the upload session Teams opened (a pre-authorised OneDrive URL: no token goes with it). One PUT
/// with Content-Range below <see cref="SinglePutLimit"/>; larger files in slices that are multiples of 320 KiB, as
/// OneDrive requires. Null when done, else what went wrong (worded for the person by <c>Replies</c>).
/// </summary>
/// <param name="singlePutLimit">Files below this many bytes go in one PUT (tests make it small).</param>
/// <param name="sliceBytes">The slice of a larger file: a multiple of 320 KiB.</param>
public sealed class OneDriveUpload(HttpClient http, int singlePutLimit = OneDriveUpload.SinglePutLimit, int sliceBytes = OneDriveUpload.SliceBytes)
{
    public const int SinglePutLimit = 60 * 1024 * 1024;
    public const int SliceBytes = 32 * 320 * 1024;
    public static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(60);

    public async Task<UploadFailure?> PutAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        // An empty file is never offered (FileConsentOffers), so there is always a first byte.
        var slice = content.Length < singlePutLimit ? content.Length : sliceBytes;
        for (var from = 0; from < content.Length; from += slice)
        {
            var length = Math.Min(slice, content.Length - from);
            using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content, from, length) };
            request.Content.Headers.ContentRange = new ContentRangeHeaderValue(from, from + length - 1, content.Length);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PerRequest);
            try
            {
                using var response = await http.SendAsync(request, timeout.Token);
                var last = from + length >= content.Length;
                if (!response.IsSuccessStatusCode || (!last && response.StatusCode != System.Net.HttpStatusCode.Accepted))
                    return new UploadFailure((int)response.StatusCode, TimedOut: false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new UploadFailure(null, TimedOut: true);
            }
            catch (HttpRequestException)
            {
                return new UploadFailure(null, TimedOut: false);
            }
        }
        return null;
    }
}

/// <summary>Why an upload did not finish: OneDrive's HTTP status, or no answer in time, or (neither) not reachable.</summary>
public sealed record UploadFailure(int? HttpStatus, bool TimedOut);
