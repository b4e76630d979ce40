namespace Recap.Frames;

/// <summary>
/// An encoded image: JPEG or PNG bytes as read from the file. Share one object for every placement
/// of the same image so the exporter stores it once. Compared by identity.
/// </summary>
public sealed class ImageData
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    public ImageData(ReadOnlyMemory<byte> bytes, string mediaType)
    {
        if (mediaType is not (Jpeg or Png))
        {
            throw new ArgumentException($"unsupported image type {mediaType}: use {Jpeg} or {Png}", nameof(mediaType));
        }

        Bytes = bytes;
        MediaType = mediaType;
    }

    public ReadOnlyMemory<byte> Bytes { get; }

    public string MediaType { get; }
}
