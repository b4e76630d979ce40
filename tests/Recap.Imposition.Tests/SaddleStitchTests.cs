namespace Recap.Imposition.Tests;

public sealed class SaddleStitchTests
{
    [Fact]
    public void Four_pages_are_one_sheet_with_the_covers_outside()
    {
        Assert.Equal<SheetSide>(
            [new SheetSide(1, true, 4, 1), new SheetSide(1, false, 2, 3)],
            SaddleStitch.Sides(4));
    }

    [Fact]
    public void Eight_pages_nest_two_sheets()
    {
        Assert.Equal<SheetSide>(
            [
                new SheetSide(1, true, 8, 1), new SheetSide(1, false, 2, 7),
                new SheetSide(2, true, 6, 3), new SheetSide(2, false, 4, 5),
            ],
            SaddleStitch.Sides(8));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(4, 4)]
    [InlineData(5, 8)]
    [InlineData(18, 20)]
    [InlineData(20, 20)]
    public void The_count_is_padded_to_a_multiple_of_four(int pages, int padded)
    {
        Assert.Equal(padded, SaddleStitch.PaddedCount(pages));
        Assert.Equal(padded / 2, SaddleStitch.Sides(pages).Length);
    }

    [Fact]
    public void A_booklet_needs_a_page() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SaddleStitch.Sides(0));

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(64)]
    public void Every_page_is_printed_once_and_facing_pages_read_in_order(int n)
    {
        var sides = SaddleStitch.Sides(n);

        Assert.Equal(Enumerable.Range(1, n), sides.SelectMany(s => new[] { s.Left, s.Right }).Order());
        Assert.All(sides, side =>
        {
            // Opposite halves of one side are equally far from the booklet's ends.
            Assert.Equal(n + 1, side.Left + side.Right);

            // The front's right half is odd (a recto); the back's left half backs it and is the next page.
            Assert.Equal(side.Front ? 1 : 0, (side.Front ? side.Right : side.Left) % 2);
        });
        for (var i = 0; i < sides.Length; i += 2)
        {
            var (front, back) = (sides[i], sides[i + 1]);
            Assert.Equal(front.Sheet, back.Sheet);
            Assert.Equal(front.Right + 1, back.Left);
            Assert.Equal(front.Left - 1, back.Right);
        }

        // The middle spread (n/2 | n/2 + 1) is on the innermost sheet's back.
        Assert.Equal(new SheetSide(n / 4, false, n / 2, (n / 2) + 1), sides[^1]);
    }
}
