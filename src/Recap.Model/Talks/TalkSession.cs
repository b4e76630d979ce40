namespace Recap.Model.Talks;

/// <summary>Where a talk sits in the event's programme; every part is optional.</summary>
/// <param name="Room">As written (<c>Main hall</c>).</param>
/// <param name="Track">As written (<c>Tools</c>).</param>
public sealed record TalkSession(TalkTime? When, string? Room, string? Track)
{
    public static TalkSession None { get; } = new(null, null, null);

    /// <summary>What joins the parts of a session's line ("Room A · Systems").</summary>
    public const string Separator = " · ";

    /// <summary>The room and track as one line, or empty when neither is given.</summary>
    public string Place => string.Join(Separator, new[] { Room, Track }.OfType<string>());
}
