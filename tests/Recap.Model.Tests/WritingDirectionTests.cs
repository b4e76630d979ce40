using CsCheck;
using Recap.Model.TextRules;

namespace Recap.Model.Tests;

public sealed class WritingDirectionTests
{
    [Fact]
    public void The_first_strong_character_decides_even_in_a_later_piece()
    {
        Assert.True(WritingDirection.IsRightToLeft(["שלום עולם, said the Go gopher."]));
        Assert.True(WritingDirection.IsRightToLeft(["2016: ", "", "שלום", " Go"]));
        Assert.False(WritingDirection.IsRightToLeft(["2016 ", "Go ", "שלום"]));
        Assert.False(WritingDirection.IsRightToLeft(["42", " "]));
    }

    [Fact]
    public void Pieces_run_the_way_their_joined_text_runs() =>
        Gen.OneOf("", " ", "1.5", "Go", "שלום", "مرحبا", "— ")
            .Array[0, 5]
            .Sample(pieces => Assert.Equal(WritingDirection.IsRightToLeft([string.Concat(pieces)]), WritingDirection.IsRightToLeft(pieces)));
}
