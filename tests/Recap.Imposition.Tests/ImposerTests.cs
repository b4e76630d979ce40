using Recap.Frames;

namespace Recap.Imposition.Tests;

public sealed class ImposerTests
{
    [Fact]
    public void A5_pages_go_two_up_on_landscape_A4_at_full_size_meeting_at_the_spine()
    {
        var booklet = TestBooklet.Create(8);

        var imposed = Imposer.Impose(booklet, new ImpositionOptions());

        Assert.Equal(Size.A4.Landscape, imposed.Sheet);
        Assert.Equal(1, imposed.Scale);
        Assert.Null(imposed.Note);
        var first = imposed.Document.Pages[0];
        Assert.Equal(Size.A4.Landscape, first.Size);
        Assert.Equal("Sheet 1 front", first.Label);
        var placed = first.Items.Cast<PlacedPageItem>().ToList();
        Assert.Equal([booklet.Pages[7], booklet.Pages[0]], placed.Select(p => p.Page));
        Assert.Equal(Size.A4.Landscape.Width / 2, placed[0].Bounds.Right, 6);
        Assert.Equal(Size.A4.Landscape.Width / 2, placed[1].Bounds.X, 6);
        Assert.Equal(0, placed[0].Bounds.Y, 6);
    }

    [Fact]
    public void Half_letter_pages_go_on_letter_at_full_size()
    {
        var imposed = Imposer.Impose(TestBooklet.Create(4, Size.HalfLetter), new ImpositionOptions());

        Assert.Equal(new Size(792, 612), imposed.Sheet);
        Assert.Equal(1, imposed.Scale);
        Assert.Null(imposed.Note);
        Assert.Equal(new Rect(0, 0, 396, 612), ((PlacedPageItem)imposed.Document.Pages[0].Items[0]).Bounds);
    }

    [Fact]
    public void A4_pages_are_scaled_onto_A4_with_a_note()
    {
        var imposed = Imposer.Impose(TestBooklet.Create(4, Size.A4), new ImpositionOptions());

        Assert.Equal(Size.A4.Landscape, imposed.Sheet);
        Assert.Equal(Size.A4.Width / Size.A4.Height, imposed.Scale, 6); // the sheet's height is the limit
        Assert.Equal("A4 pages scaled to 70.7% to fit two on an A4 sheet", imposed.Note);
    }

    [Fact]
    public void Letter_pages_are_scaled_onto_letter()
    {
        var imposed = Imposer.Impose(TestBooklet.Create(4, Size.Letter), new ImpositionOptions());

        Assert.Equal(Size.Letter.Landscape, imposed.Sheet);
        Assert.Equal(792.0 / 1224, imposed.Scale, 6);
        Assert.Equal("letter pages scaled to 64.7% to fit two on a letter sheet", imposed.Note);
    }

    [Fact]
    public void A4_pages_on_a_chosen_A3_sheet_print_at_full_size_whichever_way_the_sheet_is_given()
    {
        var imposed = Imposer.Impose(TestBooklet.Create(4, Size.A4), new ImpositionOptions { Sheet = Size.A3 });

        Assert.Equal(Size.A3.Landscape, imposed.Sheet);
        Assert.Equal(1, imposed.Scale);
        Assert.Null(imposed.Note);
    }

    [Fact]
    public void Pages_padded_to_a_multiple_of_four_leave_blank_halves()
    {
        var booklet = TestBooklet.Create(6);

        var sides = Imposer.Impose(booklet, new ImpositionOptions()).Document.Pages;

        Assert.Equal(4, sides.Length);

        // Sheet 1 front is blank (8) | 1, its back 2 | blank (7).
        Assert.Equal([booklet.Pages[0]], sides[0].Items.Cast<PlacedPageItem>().Select(p => p.Page));
        Assert.Equal(Size.A4.Landscape.Width / 2, ((PlacedPageItem)sides[0].Items[0]).Bounds.X, 6);
        Assert.Equal([booklet.Pages[1]], sides[1].Items.Cast<PlacedPageItem>().Select(p => p.Page));
        Assert.Equal(4, sides[2].Items.Length + sides[3].Items.Length);
    }

    [Fact]
    public void Marks_stay_outside_the_pages_and_shrink_them_to_make_room()
    {
        var imposed = Imposer.Impose(TestBooklet.Create(4), new ImpositionOptions { Marks = true });

        Assert.True(imposed.Scale < 1);
        Assert.Equal($"A5 pages scaled to {imposed.Scale * 100:0.#}% to fit two and the marks on an A4 sheet", imposed.Note);
        var side = imposed.Document.Pages[0];
        var pages = side.Items.OfType<PlacedPageItem>().Select(p => p.Bounds).ToList();
        var marks = side.Items.OfType<ShapeItem>().ToList();
        Assert.Equal(10, marks.Count); // two at each of four corners, one fold mark above and one below
        var spine = side.Size.Width / 2;
        Assert.Equal(2, marks.Count(m => m.Path.Segments.All(s => s.To.X == spine)));
        foreach (var point in marks.SelectMany(m => m.Path.Segments).Select(s => s.To))
        {
            Assert.InRange(point.X, 0, side.Size.Width);
            Assert.InRange(point.Y, 0, side.Size.Height);
            Assert.DoesNotContain(pages, page => point.X >= page.X && point.X <= page.Right && point.Y >= page.Y && point.Y <= page.Bottom);
        }

        Assert.All(marks, m => Assert.Equal(0.25, m.Stroke!.Value.Width));
    }

    [Fact]
    public void Pages_of_different_sizes_cannot_be_stitched()
    {
        var a5 = TestBooklet.Create(2);
        var mixed = new PagedDocument(
            [a5.Pages[0], a5.Pages[1] with { Size = Size.A4 }], a5.Structure, [], a5.Info);

        Assert.Throws<ArgumentException>(() => Imposer.Impose(mixed, new ImpositionOptions()));
    }
}
