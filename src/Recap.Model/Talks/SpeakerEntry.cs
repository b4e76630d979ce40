namespace Recap.Model.Talks;

/// <summary>One person of the speakers section: described once, with every talk they gave.</summary>
/// <param name="Speaker">The fullest description found: the register's, with a write-up's overrides.</param>
/// <param name="Talks">Their write-ups in reading order.</param>
public sealed record SpeakerEntry(Speaker Speaker, IReadOnlyList<WriteUp> Talks);
