namespace Recap.Model.Talks;

/// <summary>One line of the programme: a talk given at a known time.</summary>
public sealed record ProgrammeSlot(WriteUp Talk, TalkTime When, string? Room, string? Track);
