using Recap.Frames;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Recap.Pdf.Tests;

/// <summary>The sample document read back with PdfPig: geometry, fonts, links, bookmarks, marked content.</summary>
public sealed class PdfPigTests
{
    private static readonly byte[] Sample = SampleDocument.Create().Bytes();

    [Fact]
    public void Pages_have_the_frame_sizes_and_labels()
    {
        using var pdf = PdfDocument.Open(Sample);

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(419.53, page.Width, 2);
            Assert.Equal(595.28, page.Height, 2);
        });
    }

    [Fact]
    public void Words_sit_where_the_frames_put_them_in_their_fonts()
    {
        using var pdf = PdfDocument.Open(Sample);
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();

        var title = words.First(w => w.Text == "Gophers");
        var start = title.Letters[0].StartBaseLine;
        Assert.Equal(SampleDocument.Margin, start.X, 2);
        Assert.Equal(page.Height - SampleDocument.TitleBaseline, start.Y, 2);
        Assert.EndsWith("+Go-Bold", title.Letters[0].FontName);
        Assert.Equal(18, title.Letters[0].PointSize, 2);

        var greek = words.First(w => w.Text.StartsWith("καλημέρα", StringComparison.Ordinal));
        Assert.EndsWith("+GoRegular", greek.Letters[0].FontName);
        var georgian = words.First(w => w.Text.StartsWith("ქართული", StringComparison.Ordinal));
        Assert.EndsWith("+DejaVuSans", georgian.Letters[0].FontName);

        // Each glyph advances by its shaped width: "at" follows "Gophers " exactly.
        var at = words.First(w => w.Text == "at");
        var expected = SampleDocument.Margin + Recap.Fonts.TextShaper.Shape(TestFonts.GoBold, 18, "Gophers ").Width;
        Assert.Equal(expected, at.Letters[0].StartBaseLine.X, 2);
    }

    [Fact]
    public void Web_link_covers_its_text_and_targets_the_url()
    {
        using var pdf = PdfDocument.Open(Sample);

        var link = Assert.Single(pdf.GetPage(1).GetHyperlinks());

        Assert.Equal(SampleDocument.Url, link.Uri);
        Assert.Equal("the docs", link.Text.Trim());
    }

    [Fact]
    public void Bookmarks_nest_and_open_their_pages()
    {
        using var pdf = PdfDocument.Open(Sample);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = Assert.IsType<DocumentBookmarkNode>(Assert.Single(bookmarks.Roots));
        Assert.Equal("Gophers at work", top.Title);
        Assert.Equal(1, top.PageNumber);
        var child = Assert.IsType<DocumentBookmarkNode>(Assert.Single(top.Children));
        Assert.Equal("Details", child.Title);
        Assert.Equal(2, child.PageNumber);
    }

    [Fact]
    public void Issue0018_a_bookmark_without_a_destination_is_left_out_and_its_children_take_its_place()
    {
        var builder = SampleDocument.Create();
        builder.Outline(new OutlineEntry("Nowhere", "no-such-place", [new OutlineEntry("Details again", "details")]));
        using var pdf = PdfDocument.Open(builder.Bytes());

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Gophers at work", "Details again"], bookmarks.Roots.Select(r => r.Title));
    }

    [Fact]
    public void Furniture_is_marked_as_artifact_and_content_carries_mcids()
    {
        using var pdf = PdfDocument.Open(Sample);
        var marked = pdf.GetPage(1).GetMarkedContents();

        var artifact = Assert.Single(marked, m => m.IsArtifact);
        Assert.Equal("Folio 1", string.Concat(artifact.Letters.Select(l => l.Value)));
        Assert.Single(artifact.Paths);
        var tagged = marked.Where(m => !m.IsArtifact).ToList();
        Assert.Equal(Enumerable.Range(0, tagged.Count), tagged.Select(m => m.MarkedContentIdentifier));
        Assert.Equal(["H1", "P", "P", "Link", "P", "Link", "P", "Figure"], tagged.Select(m => m.Tag));
    }
}
