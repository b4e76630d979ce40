namespace Recap.Publishing;

/// <summary>What every command that reads content is asked: which content, how to treat warnings, how to have web pictures.</summary>
/// <param name="Offline">Take pictures named by web address from the cache only.</param>
/// <param name="Refresh">Fetch every web picture again, even when the cache has it.</param>
/// <param name="CacheFolder">The picture cache; null for the user's (<see cref="PictureCacheFolder"/>).</param>
public sealed record CheckOptions(string ContentFolder, bool Quiet = false, bool WarningsAsErrors = false, bool Offline = false, bool Refresh = false, string? CacheFolder = null);
