namespace Recap.Mail;

/// <summary>A talk as the mail lists it: its title and who gave it.</summary>
/// <param name="Speakers">The speakers as one phrase, affiliations included; empty when the talk names none.</param>
public sealed record ListedTalk(string Title, string Speakers);
