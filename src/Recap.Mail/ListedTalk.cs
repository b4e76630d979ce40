namespace Recap.Mail;

/// <summary>A talk as the mail lists it: its title and who gave it.</summary>
/// <param name="Speakers">The speakers as one phrase, affiliations included; empty when the talk names none.</param>
public sealed record ListedTalk(string Title, string Speakers)
{
    /// <summary>The talk's video, slides, code… listed under it, whole URLs a mail reader can open.</summary>
    public IReadOnlyList<Model.Talks.TalkLink> Links { get; init; } = [];
}
