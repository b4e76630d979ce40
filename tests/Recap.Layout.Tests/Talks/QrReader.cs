using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;
using ZXing.QrCode;

namespace Recap.Layout.Tests.Talks;

/// <summary>Decodes QR codes from rendered pages with ZXing.Net, as a phone's scanner would.</summary>
public static class QrReader
{
    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.TRY_HARDER] = true,
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
    };

    /// <summary>Every QR code on the page, in no particular order.</summary>
    public static IReadOnlyList<string> DecodeAll(GrayPage page)
    {
        var results = new QRCodeMultiReader().decodeMultiple(Bitmap(page), Hints);
        return results is null ? [] : [.. results.Select(r => r.Text)];
    }

    /// <summary>The one QR code in the picture, or null when none decodes.</summary>
    public static string? Decode(GrayPage page) => new QRCodeReader().decode(Bitmap(page), Hints)?.Text;

    private static BinaryBitmap Bitmap(GrayPage page) =>
        new(new HybridBinarizer(new RGBLuminanceSource(page.Pixels, page.Width, page.Height, RGBLuminanceSource.BitmapFormat.Gray8)));
}
