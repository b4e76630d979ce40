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
}

/// <summary>A write-up's front matter, resolved.</summary>
/// <param name="Title">The chapter title, with smart punctuation applied.</param>
/// <param name="Slug">URL- and file-safe name derived from the title; unique within the publication.</param>
public sealed record WriteUpMeta(
    WriteUpKind Kind,
    string Title,
    string Slug,
    IReadOnlyList<Speaker> Speakers,
    string? Summary,
    IReadOnlyList<string> Tags);

public enum WriteUpKind
{
    Talk,
    Foreword,
    Afterword,
}

/// <param name="Handle">As written, with its leading <c>@</c>; null when none.</param>
/// <param name="HandleUrl">The handle's link (from <c>handle-url</c>); null when no handle.</param>
public sealed record Speaker(string Name, string? Handle, string? HandleUrl, string? Affiliation, string? Url);
