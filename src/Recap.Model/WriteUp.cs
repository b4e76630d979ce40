namespace Recap.Model;

/// <summary>One write-up: a talk, the foreword or the afterword.</summary>
/// <param name="Id">Stable node id of the write-up itself; equal to its slug.</param>
/// <param name="SourceFile">Path of the Markdown file, relative to the content folder, with <c>/</c> separators.</param>
/// <param name="Footnotes">The write-up's footnotes in the order they are first referenced.</param>
public sealed record WriteUp(
    string Id,
    WriteUpMeta Meta,
    IReadOnlyList<Block> Body,
    IReadOnlyList<Footnote> Footnotes,
    string SourceFile,
    SourceSpan Source)
{
    public string Slug => Meta.Slug;

    // The opener's parts get ids of their own, so the writers can say where a page begins inside
    // the opener. The double dash keeps them apart from block ids: slugs never hold two dashes in a row.

    /// <summary>The id of the write-up's byline (speakers, affiliations, handles).</summary>
    public string BylineId => Id + "--byline";

    /// <summary>The id of the write-up's summary.</summary>
    public string SummaryId => Id + "--summary";
}

/// <summary>A write-up's front matter, resolved.</summary>
/// <param name="Title">The chapter title, with smart punctuation applied.</param>
/// <param name="Slug">URL- and file-safe name derived from the title; unique within the publication.</param>
/// <param name="Language">The write-up's BCP 47 tag when it differs from the book's (front matter <c>language</c>), else null.</param>
public sealed record WriteUpMeta(
    WriteUpKind Kind,
    string Title,
    string Slug,
    IReadOnlyList<Speaker> Speakers,
    string? Summary,
    IReadOnlyList<string> Tags,
    string? Language = null)
{
    /// <summary>The talk's video, slides, code… in the order written.</summary>
    public IReadOnlyList<Talks.TalkLink> Links { get; init; } = [];

    /// <summary>When and where the talk was given, as far as the front matter says.</summary>
    public Talks.TalkSession Session { get; init; } = Talks.TalkSession.None;
}

public enum WriteUpKind
{
    Talk,
    Foreword,
    Afterword,
}

/// <param name="Handle">As written, with its leading <c>@</c>; null when none.</param>
/// <param name="HandleUrl">The handle's link (from <c>handle-url</c>); null when no handle.</param>
public sealed record Speaker(string Name, string? Handle, string? HandleUrl, string? Affiliation, string? Url)
{
    /// <summary>A portrait from the content folder, checked as images are; null when none.</summary>
    public ImageAsset? Photo { get; init; }

    /// <summary>A short paragraph about the speaker (Markdown inlines); empty when none.</summary>
    public IReadOnlyList<Inline> Bio { get; init; } = [];
}
