using System.Collections.Concurrent;
using Recap.Model;

namespace Recap.Markdown.Images.Remote;

/// <summary>
/// The pictures a publication names by web address, had once each: from the cache unless
/// <c>--refresh</c>, else fetched (never under <c>--offline</c>), then checked as a local picture is
/// (<see cref="ImageProbe"/>) and kept in the cache. <see cref="FetchAll"/> fetches every address in
/// parallel before the write-ups are converted, so a book of many pictures waits for the slowest,
/// not for their sum.
/// </summary>
internal sealed class RemotePictures(RemotePictureOptions? options)
{
    private readonly ConcurrentDictionary<string, Lazy<RemotePicture>> _pictures = new(StringComparer.Ordinal);

    /// <summary>True for a reference this class fetches: <c>http:</c>, <c>https:</c> or scheme-relative (<c>//host/…</c>, taken as https).</summary>
    public static bool IsWebAddress(string reference) =>
        Absolute(reference) is { Scheme: "http" or "https" };

    public void FetchAll(IEnumerable<string> references)
    {
        var distinct = references.Where(IsWebAddress).Distinct(StringComparer.Ordinal).ToList();
        Parallel.ForEach(distinct, new ParallelOptions { MaxDegreeOfParallelism = options?.Parallelism ?? 1 }, reference => Get(reference));
    }

    /// <summary>The picture at <paramref name="reference"/>, fetched now if <see cref="FetchAll"/> did not.</summary>
    public RemotePicture Get(string reference) =>
        _pictures.GetOrAdd(reference, r => new Lazy<RemotePicture>(() => Fetch(r))).Value;

    private RemotePicture Fetch(string reference)
    {
        var address = Absolute(reference)!;
        if (options is null)
        {
            return RemotePicture.Missing("remote pictures are not fetched in this run");
        }

        var cache = new PictureCache(options.CacheFolder);
        var url = address.AbsoluteUri;
        if (!options.Refresh && cache.Find(url) is { } cached && Checked(cache, cached) is { Asset: not null } hit)
        {
            return hit;
        }

        if (options.Offline)
        {
            return RemotePicture.Missing("it is not in the picture cache, and --offline fetches nothing");
        }

        var (bytes, problem) = Download(address);
        if (bytes is null)
        {
            return RemotePicture.Missing(problem!);
        }

        var picture = Checked(cache, bytes);
        if (picture.Asset is not null)
        {
            cache.Store(url, bytes);
        }

        return picture;
    }

    private (byte[]? Bytes, string? Problem) Download(Uri address)
    {
        using var downloader = new PictureDownloader(options!);
        using var timeout = new CancellationTokenSource(options!.Timeout);
        try
        {
            return downloader.Get(address, timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return (null, $"no complete answer within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (null, e.InnerException?.Message ?? e.Message);
        }
    }

    /// <summary>The same checks as a picture in the content folder: decoded whole within the pixel budget, SVG cleaned.</summary>
    private static RemotePicture Checked(PictureCache cache, byte[] bytes)
    {
        var probe = ImageProbe.Probe(bytes);
        if (probe.IsUnsupported)
        {
            return RemotePicture.Missing("it is not a PNG, JPEG, GIF or SVG picture");
        }

        if (probe.MediaType is not { } mediaType)
        {
            return RemotePicture.Missing(probe.Problem!);
        }

        // Named by its content, so the outputs do not depend on the address or the machine.
        var digest = PictureCache.Digest(bytes);
        var asset = new ImageAsset(cache.ObjectPath(bytes), $"remote/{digest[..16]}", mediaType, probe.Width, probe.Height) { Content = probe.Content };
        return new RemotePicture(asset, null, probe.Removed);
    }

    private static Uri? Absolute(string reference)
    {
        var text = reference.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
    }
}
