using System.Globalization;
using System.Text.RegularExpressions;

namespace Recap.Cli.Mailing;

/// <summary>
/// Reads sizes as people write them: <c>10MB</c>, <c>500KB</c>, <c>2.5 MB</c>, <c>1048576</c>. Units count
/// in 1,024s, as <see cref="Publishing.Output.ByteSize"/> prints them, so a limit of 10 MB warns above "10.0 MB".
/// </summary>
public static partial class SizeLimit
{
    public const long Default = 10L * 1024 * 1024;

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "" or "B" => 1L,
            "K" or "KB" => 1024L,
            "M" or "MB" => 1024L * 1024,
            _ => 1024L * 1024 * 1024, // the pattern leaves only G and GB
        };
        var value = number * unit;
        if (value is < 1 or > long.MaxValue / 2)
        {
            return false;
        }

        bytes = (long)Math.Round(value);
        return true;
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>[KMG]?B?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
