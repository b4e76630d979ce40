namespace Recap.Markdown.Images.Remote;

/// <summary>How pictures named by an <c>http</c> or <c>https</c> address are had: from the cache, from the web, or not at all.</summary>
/// <param name="CacheFolder">The content-addressed cache (<c>$XDG_CACHE_HOME/recap</c>, else <c>~/.cache/recap</c>).</param>
/// <param name="Offline">Use the cache only: a picture not in it is a warning and a placeholder.</param>
/// <param name="Refresh">Fetch every picture again, even when the cache has it.</param>
public sealed record RemotePictureOptions(string CacheFolder, bool Offline = false, bool Refresh = false)
{
    /// <summary>The longest one picture may take, redirects and all: a server that does not answer must not hold up a build.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed before giving up (a loop ends here).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Pictures fetched at once.</summary>
    public int Parallelism { get; init; } = 8;
}
