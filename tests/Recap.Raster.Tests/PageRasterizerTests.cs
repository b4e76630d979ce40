using Recap.Frames;
using SkiaSharp;

namespace Recap.Raster.Tests;

public sealed class PageRasterizerTests
{
    private static readonly Color Red = new(200, 20, 30);
    private static readonly Color Blue = new(20, 60, 200);

    [Theory]
    [InlineData(72, 420, 596)]
    [InlineData(96, 560, 794)]
    [InlineData(150, 875, 1241)]
    [InlineData(144, 288, 144)] // a page of whole inches: no extra pixel
    public void The_picture_is_the_page_size_times_dpi_over_72_rounded_up(double dpi, int width, int height)
    {
        var size = width == 288 ? new Size(144, 72) : Size.A5;
        var picture = Picture.Decode(TestFrames.Png(new Page(size, TestFrames.NoItems), dpi));

        Assert.Equal((width, height), (picture.Width, picture.Height));
        Assert.Equal((width, height), PageRasterizer.PixelSize(size, dpi));
    }

    [Fact]
    public void A_page_without_items_is_white_paper()
    {
        var picture = Picture.Decode(TestFrames.Png(new Page(new Size(100, 50), TestFrames.NoItems), 72));

        Assert.Null(picture.InkBox());
        Assert.True(picture.IsWhite(0, 0) && picture.IsWhite(99, 49));
    }

    [Fact]
    public void Glyphs_ink_the_box_their_font_gives_them_and_nothing_else()
    {
        // Capitals without descenders: ink from cap height down to the baseline, 2 px a point at 144 dpi.
        var face = TestFrames.GoRegular;
        var run = TestFrames.Text("HEH", 36, new Point(20, 60), Color.Black);
        var page = TestFrames.Page(new Size(200, 100), run);

        var picture = Picture.Decode(TestFrames.Png(page, 144));
        var ink = picture.InkBox()!.Value;

        var capTop = (60 - face.ToPoints(face.CapHeight, 36)) * 2;
        var width = run.Shaped.Glyphs[^1].X + face.ToPoints(face.GetGlyphAdvance(run.Shaped.Glyphs[^1].Id), 36);
        Assert.InRange(ink.Top, capTop - 1.5, capTop + 1.5);
        Assert.InRange(ink.Bottom, 118, 120);
        Assert.InRange(ink.Left, 40, 40 + 8);
        Assert.InRange(ink.Right, ((20 + width) * 2) - 8, (20 + width) * 2);
        Assert.Equal(SKColors.Black, picture[ink.Left + 3, (ink.Top + ink.Bottom) / 2]);

        // Beyond the ink, at most a faint anti-aliased fringe one pixel wide.
        AssertWhiteOutside(picture, new PixelBox(ink.Left - 1, ink.Top - 1, ink.Right + 1, ink.Bottom + 1));
    }

    [Fact]
    public void Glyphs_take_the_run_colour()
    {
        var page = TestFrames.Page(new Size(100, 60), TestFrames.Text("I", 48, new Point(30, 50), Blue));

        var picture = Picture.Decode(TestFrames.Png(page, 72));
        var ink = picture.InkBox()!.Value;

        Assert.Equal(new SKColor(Blue.R, Blue.G, Blue.B), picture[(ink.Left + ink.Right) / 2, (ink.Top + ink.Bottom) / 2]);
    }

    [Fact]
    public void A_filled_rectangle_covers_exactly_its_pixels()
    {
        var page = TestFrames.Page(new Size(100, 80), TestFrames.FilledRect(new Rect(10, 20, 30, 15), Red));

        var picture = Picture.Decode(TestFrames.Png(page, 144));

        Assert.Equal(new PixelBox(20, 40, 79, 69), picture.InkBox());
        Assert.Equal(new SKColor(Red.R, Red.G, Red.B), picture[20, 40]);
        Assert.Equal(new SKColor(Red.R, Red.G, Red.B), picture[79, 69]);
        AssertWhiteOutside(picture, new PixelBox(20, 40, 79, 69));
    }

    [Fact]
    public void A_stroked_rule_is_as_thick_as_its_width()
    {
        var rule = new ShapeItem(ShapePath.Line(new Point(10, 20), new Point(90, 20)), null, new Stroke(Color.Black, 2), null);

        var picture = Picture.Decode(TestFrames.Png(TestFrames.Page(new Size(100, 40), rule), 72));

        // A 2 pt line centred on y = 20: rows 19 and 20, butt ends at x = 10 and 90.
        Assert.Equal(new PixelBox(10, 19, 89, 20), picture.InkBox());
    }

    [Fact]
    public void A_hairline_rule_is_one_crisp_row_of_its_colour_as_pdf_viewers_draw_it()
    {
        // 0.4 pt at 96 dpi is half a pixel, centred off the pixel grid: unadjusted, two pale grey rows.
        var grey = new Color(0x9a, 0xa5, 0xa9);
        var rule = new ShapeItem(ShapePath.Line(new Point(10, 20.3), new Point(90, 20.3)), null, new Stroke(grey, 0.4), null);

        var picture = Picture.Decode(TestFrames.Png(TestFrames.Page(new Size(100, 40), rule), 96));

        var row = (int)(20.3 * 96 / 72);
        Assert.Equal(new SKColor(grey.R, grey.G, grey.B), picture[50, row]);
        Assert.True(picture.IsWhite(50, row - 1) && picture.IsWhite(50, row + 1), "one row only");
    }

    [Fact]
    public void An_image_is_scaled_to_its_bounds()
    {
        var image = new ImageItem(new Rect(50, 10, 40, 20), TestFrames.SolidPng(16, 8, Blue), null);

        var picture = Picture.Decode(TestFrames.Png(TestFrames.Page(new Size(100, 50), image), 144));

        Assert.Equal(new PixelBox(100, 20, 179, 59), picture.InkBox());
        Assert.Equal(new SKColor(Blue.R, Blue.G, Blue.B), picture[140, 40]);
        AssertWhiteOutside(picture, new PixelBox(100, 20, 179, 59));
    }

    [Fact]
    public void Links_and_destinations_draw_nothing()
    {
        var page = TestFrames.Page(
            new Size(100, 50),
            new LinkItem(new Rect(10, 10, 50, 20), new UriTarget("https://golang.org/"), null),
            new DestinationItem(new Point(0, 0), "top"));

        Assert.Null(Picture.Decode(TestFrames.Png(page, 96)).InkBox());
    }

    [Fact]
    public void Later_items_paint_over_earlier_ones()
    {
        var page = TestFrames.Page(
            new Size(100, 50),
            TestFrames.FilledRect(new Rect(0, 0, 60, 50), Red),
            TestFrames.FilledRect(new Rect(40, 0, 60, 50), Blue));

        var picture = Picture.Decode(TestFrames.Png(page, 72));

        Assert.Equal(new SKColor(Red.R, Red.G, Red.B), picture[20, 25]);
        Assert.Equal(new SKColor(Blue.R, Blue.G, Blue.B), picture[50, 25]);
    }

    [Fact]
    public void A_placed_page_is_drawn_scaled_at_its_origin_clipped_to_its_size_and_over_what_lies_beneath()
    {
        // The placed page's rectangle runs past its right edge; half size, it covers x 50..75 of the sheet.
        var booklet = TestFrames.Page(new Size(100, 100), TestFrames.FilledRect(new Rect(50, 0, 80, 100), Red));
        var sheet = TestFrames.Page(
            new Size(200, 100),
            TestFrames.FilledRect(new Rect(0, 40, 200, 60), Blue),
            new PlacedPageItem(booklet, new Point(25, 0), 0.5));

        var picture = Picture.Decode(TestFrames.Png(sheet, 72));

        var red = new SKColor(Red.R, Red.G, Red.B);
        var blue = new SKColor(Blue.R, Blue.G, Blue.B);
        Assert.Equal(red, picture[52, 25]);
        Assert.Equal(red, picture[73, 45]);
        Assert.True(picture.IsWhite(77, 25), "clipped at the placed page's right edge");
        Assert.True(picture.IsWhite(45, 25), "left of the rectangle, inside the placed page");
        Assert.Equal(blue, picture[30, 45]); // under the placed page, which lays no paper of its own
        Assert.Equal(red, picture[60, 45]);
        Assert.Equal(blue, picture[30, 80]);
        Assert.Equal(blue, picture[150, 80]);
    }

    [Fact]
    public void The_same_page_gives_the_same_bytes()
    {
        var page = TestFrames.Page(
            Size.A5,
            TestFrames.Text("Built for Snappiness", 20, new Point(40, 80), Color.Black),
            TestFrames.FilledRect(new Rect(40, 100, 200, 2), Blue),
            new ImageItem(new Rect(40, 120, 160, 80), TestFrames.SolidPng(16, 8, Red), null));

        var first = TestFrames.Png(page, 96);
        var second = TestFrames.Png(page, 96);

        Assert.Equal(first, second);
        Assert.NotNull(Picture.Decode(first).InkBox());
    }

    [Fact]
    public void The_png_is_opaque_rgb()
    {
        var png = TestFrames.Png(new Page(new Size(10, 10), TestFrames.NoItems), 72);

        // IHDR: colour type at byte 25 is 2 (truecolour, no alpha), 8 bits a sample.
        Assert.Equal((byte)8, png[24]);
        Assert.Equal((byte)2, png[25]);
    }

    [Fact]
    public void A_share_card_centres_the_page_on_its_background()
    {
        var background = new Color(0, 113, 141);
        var page = TestFrames.Page(Size.A5, TestFrames.FilledRect(new Rect(0, 0, 419.53, 60), Red));
        using var rasterizer = new PageRasterizer(TestFrames.Fonts);
        using var output = new MemoryStream();

        rasterizer.WriteCard(page, ShareCard.LinkPreview(background), output);
        var picture = Picture.Decode(output.ToArray());

        Assert.Equal((1200, 630), (picture.Width, picture.Height));
        var paper = new SKColor(background.R, background.G, background.B);
        Assert.Equal(paper, picture[5, 5]);
        Assert.Equal(paper, picture[1194, 5]);

        // The sheet is 540 px tall (630 less two 45 px margins) and as wide as A5's proportions make it.
        var sheetWidth = 540 * 419.53 / 595.28;
        Assert.Equal(SKColors.White, picture[600, 315]);
        Assert.Equal(new SKColor(Red.R, Red.G, Red.B), picture[600, 50]);
        Assert.Equal(paper, picture[(int)(600 - (sheetWidth / 2) - 30), 315]);
        Assert.Equal(SKColors.White, picture[(int)(600 - (sheetWidth / 2)) + 2, 315]);
    }

    [Fact]
    public void A_card_whose_margins_leave_no_room_is_refused()
    {
        using var rasterizer = new PageRasterizer(TestFrames.Fonts);

        Assert.Throws<ArgumentException>(() => rasterizer.WriteCard(
            new Page(Size.A5, TestFrames.NoItems), new ShareCard(100, 80, Color.White, 40), Stream.Null));
    }

    private static void AssertWhiteOutside(Picture picture, PixelBox box)
    {
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                if (x < box.Left || x > box.Right || y < box.Top || y > box.Bottom)
                {
                    Assert.True(picture.IsWhite(x, y), $"pixel ({x}, {y}) is {picture[x, y]}, not white");
                }
            }
        }
    }
}
