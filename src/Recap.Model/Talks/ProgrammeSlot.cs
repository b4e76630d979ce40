namespace Recap.Model.Talks;

/// <summary>One line of the programme: a talk given at a known time.</summary>
/// <remarks>Its room and track are the talk's own: <c>Talk.Meta.Session</c>.</remarks>
public sealed record ProgrammeSlot(WriteUp Talk, TalkTime When);
