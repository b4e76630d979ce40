using System.Globalization;
using Recap.Markdown.Yaml;
using Recap.Model.Talks;

namespace Recap.Markdown.Talks;

/// <summary>Reads <c>when:</c>, <c>room:</c> and <c>track:</c>: where a talk sits in the programme.</summary>
internal static class TalkSessionReader
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'H:mm", "yyyy-MM-dd'T'HH:mm"];

    public static TalkSession Read(YamlMap map)
    {
        var room = map.Text("room")?.Trim();
        var track = map.Text("track")?.Trim();
        var when = ReadWhen(map);
        return when is null && string.IsNullOrEmpty(room) && string.IsNullOrEmpty(track)
            ? TalkSession.None
            : new TalkSession(when, string.IsNullOrEmpty(room) ? null : room, string.IsNullOrEmpty(track) ? null : track);
    }

    private static TalkTime? ReadWhen(YamlMap map)
    {
        // YAML 1.1 readers take 14:30 for a sexagesimal number; YamlDotNet keeps the scalar as written.
        if (map.Text("when")?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        var culture = CultureInfo.InvariantCulture;
        if (TimeOnly.TryParseExact(text, TimeFormats, culture, DateTimeStyles.None, out var time))
        {
            return new TalkTime(null, time);
        }

        if (DateTime.TryParseExact(text, DateTimeFormats, culture, DateTimeStyles.None, out var moment))
        {
            return new TalkTime(DateOnly.FromDateTime(moment), TimeOnly.FromDateTime(moment));
        }

        map.Source.Diagnostics.Error(map.ValueSpan("when")!, "invalid-time", $"`when` should be a time, `14:30`, or a date and time, `2016-07-11 14:30`, not `{text}`");
        return null;
    }
}
