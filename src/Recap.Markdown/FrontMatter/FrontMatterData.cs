using Recap.Model;

namespace Recap.Markdown.FrontMatter;

/// <summary>A write-up's front matter, read; the slug is settled later, once every title is known.</summary>
/// <param name="Title">Smart punctuation applied; empty when missing (an error was reported).</param>
/// <param name="TitleSource">Where the title is written (or the file's start), for slug problems.</param>
internal sealed record FrontMatterData(
    string Title,
    SourceSpan TitleSource,
    WriteUpKind Kind,
    IReadOnlyList<Speaker> Speakers,
    string? Summary,
    IReadOnlyList<string> Tags,
    string? Language)
{
    public IReadOnlyList<Model.Talks.TalkLink> Links { get; init; } = [];

    public Model.Talks.TalkSession Session { get; init; } = Model.Talks.TalkSession.None;
}
