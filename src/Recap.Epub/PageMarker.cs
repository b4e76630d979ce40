namespace Recap.Epub;

/// <summary>One print page's marker in the ebook.</summary>
/// <param name="Id">The marker's id in its document (<c>page-7</c>).</param>
/// <param name="Href">The marker's address relative to the package document (<c>text/talk.xhtml#page-7</c>).</param>
/// <param name="Place">Where the page's node sits in reading order.</param>
internal sealed record PageMarker(string Label, string NodeId, int Word, string Id, string Href, NodePlace Place);
