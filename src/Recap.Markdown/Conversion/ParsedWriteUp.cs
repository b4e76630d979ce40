using Markdig.Syntax;
using Recap.Markdown.FrontMatter;

namespace Recap.Markdown.Conversion;

/// <summary>A write-up file read and parsed, before its body becomes model blocks.</summary>
/// <param name="RelativeFile">Relative to the content folder, with <c>/</c> separators.</param>
/// <param name="RemotePictures">The web addresses of the pictures the body names (<see cref="Images.Remote.RemoteReferences"/>), found while the files parse side by side.</param>
internal sealed record ParsedWriteUp(string RelativeFile, FrontMatterData FrontMatter, MarkdownDocument Document, IReadOnlyList<string> RemotePictures)
{
    /// <summary>Settled once every title is known, so that duplicates can be told apart.</summary>
    public string Slug { get; set; } = "";

    /// <summary>The folder relative paths in the body are relative to ("" for the content folder itself).</summary>
    public string Folder => Path.GetDirectoryName(RelativeFile) ?? "";
}
