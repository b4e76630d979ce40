namespace Recap.Model.Talks;

/// <summary>
/// The event's programme as the write-ups give it: every write-up with a <c>when:</c>, in time
/// order (reading order among talks at the same time, parallel rooms). Empty when none has one,
/// and then neither output prints a programme.
/// </summary>
public static class Programme
{
    public static IReadOnlyList<ProgrammeSlot> Build(Publication publication) =>
        [.. publication.WriteUps
            .Select((w, i) => (WriteUp: w, Index: i))
            .Where(x => x.WriteUp.Meta.Session.When is not null)
            .OrderBy(x => x.WriteUp.Meta.Session.When!.On(publication.Meta.Date))
            .ThenBy(x => x.Index)
            .Select(x => new ProgrammeSlot(x.WriteUp, x.WriteUp.Meta.Session.When!))];

    /// <summary>True when the programme's times fall on more than one day, so each line shows its date.</summary>
    public static bool SpansDays(IReadOnlyList<ProgrammeSlot> slots, DateOnly? eventDate) =>
        slots.Select(s => s.When.Date ?? eventDate).Distinct().Count() > 1;
}
