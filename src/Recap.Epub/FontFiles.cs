namespace Recap.Epub;

/// <summary>The font files the book carries, each cut to the characters it draws, and the stylesheet that names them all.</summary>
internal sealed record FontFiles(IReadOnlyList<(EmbeddedFont Font, byte[] Bytes)> Files, string Stylesheet)
{
    public IEnumerable<ManifestItem> ManifestItems => Files.Select(f => new ManifestItem(f.Font.Id, f.Font.Href, f.Font.MediaType));
}
