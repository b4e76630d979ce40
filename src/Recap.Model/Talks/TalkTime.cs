using System.Globalization;

namespace Recap.Model.Talks;

/// <summary>When a talk was given: a time of day, and a date when the front matter gives one.</summary>
/// <param name="Date">Null when only a time is written: the talk is on the event's day.</param>
public sealed record TalkTime(DateOnly? Date, TimeOnly Time)
{
    /// <summary>Talks without a date count as on <paramref name="eventDate"/> (or before every dated one).</summary>
    public DateTime On(DateOnly? eventDate) => (Date ?? eventDate ?? DateOnly.MinValue).ToDateTime(Time);

    /// <summary>"14:30": the programme's clock, 24-hour as conference programmes print it.</summary>
    public string TimeText => Time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2016-07-11" or null: the date as written, shown when the talks span more than one day.</summary>
    public string? DateText => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
