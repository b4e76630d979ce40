namespace Recap.Frames.Tests;

public sealed class GroupOffsetsTests
{
    [Fact]
    public void Each_offset_is_added_in_turn_innermost_first()
    {
        var offsets = new GroupOffsets();
        offsets.Push(new Point(-1e16, 10));
        offsets.Push(new Point(1, 0.5));

        // (1e16 + 1) rounds back to 1e16 before the outer offset is added; adding the outer one first
        // would give 1. Exporters and Flatten must agree on these sums bit for bit.
        Assert.Equal(new Point(0, 12.5), offsets.Move(new Point(1e16, 2)));
    }

    [Fact]
    public void Leaving_a_group_takes_its_offset_away_and_a_rectangle_keeps_its_size()
    {
        var offsets = new GroupOffsets();
        Assert.True(offsets.IsEmpty);
        offsets.Push(new Point(100, 200));
        offsets.Push(new Point(10, 20));
        offsets.Pop();

        Assert.Equal(new Rect(101, 202, 3, 4), offsets.Move(new Rect(1, 2, 3, 4)));
        offsets.Pop();
        Assert.True(offsets.IsEmpty);
        Assert.Throws<InvalidOperationException>(offsets.Pop);
    }

    [Fact]
    public void Groups_nest_deeper_than_the_first_stack()
    {
        var offsets = new GroupOffsets();
        for (var i = 0; i < 20; i++)
        {
            offsets.Push(new Point(1, 2));
        }

        Assert.Equal(new Point(20, 40), offsets.Move(new Point(0, 0)));
    }
}
