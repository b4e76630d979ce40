namespace Recap.Publishing;

/// <summary>
/// The date written into outputs (EPUB dcterms:modified): SOURCE_DATE_EPOCH when set (the
/// reproducible-builds convention), else the newest content file's time, so that rebuilding
/// unchanged content gives byte-identical files.
/// </summary>
public static class BuildDate
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset Resolve(Func<string, string?> getVariable, DateTimeOffset contentModified)
    {
        var epoch = getVariable(Variable);
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            // Past year 9999 no date can be written: a wrong value, not a date to clamp.
            if (!long.TryParse(epoch, out var seconds) || seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                throw new UsageException($"{Variable} must be a whole number of seconds since 1970, before the year 10000, not '{epoch}'");
            }

            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.FromUnixTimeSeconds(contentModified.ToUnixTimeSeconds());
    }
}
