namespace Recap.Epub;

/// <summary>One resource of the package.</summary>
/// <param name="Id">Manifest id (an XML NCName).</param>
/// <param name="Href">Path relative to the package document's folder.</param>
/// <param name="Properties">EPUB 3 manifest properties (<c>nav</c>, <c>cover-image</c>), or null.</param>
internal sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties = null);
