using System.Net;
using System.Net.Http.Headers;
using Recap.Markdown.Files;

namespace Recap.Markdown.Images.Remote;

/// <summary>
/// Fetches one picture over HTTP(S) within the budgets a local picture has: redirects are followed by
/// hand so that each hop is checked (http or https only, at most <see cref="RemotePictureOptions.MaxRedirects"/>),
/// a response that says it is not a picture is refused before its body is read, and the body is read
/// no further than <see cref="ContentLimits.PictureBytes"/>.
/// </summary>
internal sealed class PictureDownloader(RemotePictureOptions options) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.Timeout,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the caller's token bounds the whole fetch, redirects included
    };

    /// <returns>The body's bytes, or why there are none.</returns>
    public async Task<(byte[]? Bytes, string? Problem)> Get(Uri address, CancellationToken cancellation)
    {
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/*"));
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("recap", "1"));
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= options.MaxRedirects)
                {
                    return (null, $"it redirects more than {options.MaxRedirects} times");
                }

                address = new Uri(address, location);
                if (address.Scheme is not ("http" or "https"))
                {
                    return (null, $"it redirects to a {address.Scheme}: address, which is not fetched");
                }

                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, $"the server answered {status} {response.ReasonPhrase}".TrimEnd());
            }

            // Servers label pictures image/…, or generically as bytes; anything else (a web page, an error in HTML) is not one.
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                && mediaType is not ("application/octet-stream" or "binary/octet-stream"))
            {
                return (null, $"the server sent {mediaType}, not a picture");
            }

            if (response.Content.Headers.ContentLength is > ContentLimits.PictureBytes)
            {
                return (null, $"it is {response.Content.Headers.ContentLength:N0} bytes, over the limit of {ContentLimits.PictureBytes:N0}");
            }

            return await ReadCapped(response, cancellation);
        }
    }

    private static async Task<(byte[]? Bytes, string? Problem)> ReadCapped(HttpResponseMessage response, CancellationToken cancellation)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > ContentLimits.PictureBytes)
            {
                return (null, $"it is over the limit of {ContentLimits.PictureBytes:N0} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    public void Dispose() => _client.Dispose();
}
