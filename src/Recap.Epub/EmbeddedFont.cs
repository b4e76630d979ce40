namespace Recap.Epub;

/// <summary>A font file the book carries.</summary>
/// <param name="Href">Path in the book, relative to the package document.</param>
internal sealed record EmbeddedFont(string Id, string Href, string SourcePath, string MediaType);
