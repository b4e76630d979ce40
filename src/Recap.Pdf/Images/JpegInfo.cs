namespace Recap.Pdf.Images;

/// <summary>What a JPEG's frame header says: enough to pass the file through as DCTDecode.</summary>
internal readonly record struct JpegInfo(int Width, int Height, int Components, bool AdobeInverted)
{
    /// <summary>Walks the markers up to the first start-of-frame.</summary>
    public static JpegInfo Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new InvalidDataException("not a JPEG file (no SOI marker)");
        }

        var adobe = false;
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                throw new InvalidDataException($"broken JPEG marker at byte {at}");
            }

            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame && at + 10 <= jpeg.Length)
            {
                var height = (jpeg[at + 5] << 8) | jpeg[at + 6];
                var width = (jpeg[at + 7] << 8) | jpeg[at + 8];
                return new JpegInfo(width, height, jpeg[at + 9], adobe);
            }

            // An Adobe APP14 segment: CMYK JPEGs written by Adobe store inverted values.
            if (marker == 0xEE && length >= 12 && jpeg.Slice(at + 4, 5).SequenceEqual("Adobe"u8))
            {
                adobe = true;
            }

            at += 2 + length;
        }

        throw new InvalidDataException("JPEG without a frame header");
    }
}
