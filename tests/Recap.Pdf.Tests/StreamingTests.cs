using Recap.Frames;
using Recap.Testing;
using SkiaSharp;

namespace Recap.Pdf.Tests;

/// <summary>
/// The writer keeps little of the document while it writes: pages let go once written give the same
/// file, and a deflated stream larger than the writer's buffer, sent to the output as it is, still sits
/// where the cross-reference section says.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class StreamingTests
{
    [Fact]
    public void Pages_let_go_as_they_are_written_give_the_same_file()
    {
        var builder = SampleDocument.Create();
        var kept = builder.Build();
        var released = builder.Build();

        var expected = Export(kept, new PdfOptions());
        var actual = Export(released, new PdfOptions { ReleasePages = true });

        Assert.Equal(expected, actual);
        Assert.Equal(2, kept.Pages.Length);
        Assert.Empty(released.Pages);
    }

    [Fact]
    public void Pages_made_on_reading_are_made_once_each_in_order_and_give_the_same_file()
    {
        var builder = SampleDocument.Create();
        var made = builder.Build();
        var second = builder.Build();
        var onReading = new PagesMadeOnReading([.. second.Pages]);

        var expected = Export(made, new PdfOptions());
        var actual = Export(new PagedDocument(onReading, second.Structure, second.Outline, second.Info), new PdfOptions { ReleasePages = true });

        Assert.Equal(expected, actual);
        Assert.Equal([0, 1], onReading.Made);
    }

    [Fact]
    public void Streams_past_the_writers_buffer_land_where_the_cross_reference_says()
    {
        // Noise deflates to about its own size: 2000 × 1500 × 3 bytes, far past the 64 KB the writer buffers
        // before sending, among the sample's JPEG written as it is and its deflated pages.
        var (png, rgb) = Noise(2000, 1500);
        var builder = SampleDocument.Create();
        builder.Page(label: "3");
        builder.Add(new ImageItem(new Rect(40, 40, 320, 240), new ImageData(png, ImageData.Png), null));
        builder.Text(null, 40, 320, "after the noise");

        using var folder = new TempFolder();
        var path = builder.WriteTo(folder, "large.pdf");

        Assert.True(new FileInfo(path).Length > 8 * 1024 * 1024);
        var check = ExternalTool.QpdfCheck(path);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("WARNING", check.All, StringComparison.OrdinalIgnoreCase);
        var image = QpdfJson.Read(path).Objects.Single(o => o.Value.TryGetProperty("/Width", out var width) && width.GetInt32() == 2000);
        Assert.Equal(rgb, QpdfJson.StreamData(path, image.Key));
        Assert.Contains("after the noise", ExternalTool.PdfToText(path), StringComparison.Ordinal);
    }

    /// <summary>Pages handed out as if composed on reading: each read is recorded, labels are read without it.</summary>
    private sealed class PagesMadeOnReading(Page[] pages) : PageSequence
    {
        public List<int> Made { get; } = [];

        public override int Count => pages.Length;

        public override Page this[int index]
        {
            get
            {
                Made.Add(index);
                return pages[index] with { };
            }
        }

        public override string? Label(int index) => pages[index].Label;

        public override bool PlacesPages => false;
    }

    private static byte[] Export(PagedDocument document, PdfOptions options)
    {
        using var stream = new MemoryStream();
        PdfExporter.Export(document, SampleDocument.Create().Fonts, options, stream);
        return stream.ToArray();
    }

    /// <summary>An opaque PNG of seeded noise, and its pixels as the PDF stores them (RGB).</summary>
    private static (byte[] Png, byte[] Rgb) Noise(int width, int height)
    {
        var random = new Random(16);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var pixels = bitmap.GetPixelSpan();
        var rgb = new byte[width * height * 3];
        random.NextBytes(rgb);
        for (var i = 0; i < width * height; i++)
        {
            rgb.AsSpan(i * 3, 3).CopyTo(pixels.Slice(i * 4, 3));
            pixels[(i * 4) + 3] = 255;
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), rgb);
    }
}
