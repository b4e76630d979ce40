namespace Recap.Publishing;

/// <summary>Where fetched pictures are kept between runs: the XDG base directory rule, <c>$XDG_CACHE_HOME/recap</c>, else <c>~/.cache/recap</c>.</summary>
public static class PictureCacheFolder
{
    public static string Of(Func<string, string?> getVariable)
    {
        // The specification says a relative XDG path is invalid and must be ignored.
        if (getVariable("XDG_CACHE_HOME") is { Length: > 0 } cache && Path.IsPathRooted(cache))
        {
            return Path.Combine(cache, "recap");
        }

        var home = getVariable("HOME") is { Length: > 0 } given ? given : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "recap");
    }
}
