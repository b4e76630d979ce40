using Recap.Model;

namespace Recap.Epub;

/// <summary>
/// The figures' pictures, each copied once (keyed by its content path) under a plain generated name,
/// so that no content file name (spaces, accents) can upset a reading system.
/// </summary>
internal sealed class ImageCatalog
{
    private readonly Dictionary<string, ManifestItem> _items = new(StringComparer.Ordinal);
    private readonly List<(ImageAsset Asset, ManifestItem Item)> _ordered = [];

    /// <param name="photos">Speakers' photos, shown in the speakers section.</param>
    public ImageCatalog(IEnumerable<WriteUp> writeUps, IEnumerable<ImageAsset> photos)
    {
        foreach (var image in writeUps.SelectMany(w => Figures(w.Body.Concat(w.Footnotes.SelectMany(f => f.Content)))).Select(f => f.Image).Concat(photos))
        {
            if (image is null || _items.ContainsKey(image.ContentPath))
            {
                continue; // a picture that could not be had has nothing to copy: a placeholder stands in
            }

            var number = _ordered.Count + 1;
            var item = new ManifestItem("image-" + number, $"images/image-{number}{ExtensionOf(image.MediaType)}", image.MediaType);
            _items.Add(image.ContentPath, item);
            _ordered.Add((image, item));
        }
    }

    public IEnumerable<ManifestItem> ManifestItems => _ordered.Select(o => o.Item);

    /// <summary>The picture's path relative to the package document.</summary>
    public string HrefOf(ImageAsset image) => _items[image.ContentPath].Href;

    public void WriteTo(EpubArchive archive, string packageFolder)
    {
        foreach (var (asset, item) in _ordered)
        {
            archive.Add(packageFolder + item.Href, asset.Content.Span);
        }
    }

    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/svg+xml" => ".svg",
        "image/webp" => ".webp",
        _ => throw new NotSupportedException($"Unsupported image type {mediaType}"),
    };

    /// <summary>Every figure in the blocks, depth first, in document order.</summary>
    public static IEnumerable<Figure> Figures(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            IEnumerable<Figure> nested = block switch
            {
                Figure figure => [figure],
                BlockQuote quote => Figures(quote.Content),
                BulletList list => list.Items.SelectMany(i => Figures(i.Content)),
                OrderedList list => list.Items.SelectMany(i => Figures(i.Content)),
                _ => [],
            };
            foreach (var found in nested)
            {
                yield return found;
            }
        }
    }
}
