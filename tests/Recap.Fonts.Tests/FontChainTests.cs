using Recap.Fonts;

namespace Recap.Fonts.Tests;

public sealed class FontChainTests
{
    private static readonly FontChain Chain = new([TestFonts.GoRegular, TestFonts.DejaVuSans]);

    [Fact]
    public void Takes_each_character_from_the_first_face_that_has_it()
    {
        const string Text = "Go καλά ქართული text";

        var split = Chain.Split(Text);

        Assert.Empty(split.Missing);
        var runs = split.Runs.Select(r => (r.Face.PostScriptName, Text.Substring(r.Start, r.Length)));
        Assert.Equal(
            [("GoRegular", "Go καλά "), ("DejaVuSans", "ქართული "), ("GoRegular", "text")],
            runs);
    }

    [Fact]
    public void Keeps_a_letter_and_its_combining_accent_together()
    {
        // Go has no combining marks: the whole cluster q + U+0307 moves to the fallback.
        var split = Chain.Split("aq\u0307b");

        Assert.Equal(["GoRegular", "DejaVuSans", "GoRegular"], split.Runs.Select(r => r.Face.PostScriptName));
        Assert.Equal(2, split.Runs[1].Length);
    }

    [Fact]
    public void Reports_a_character_no_face_has_with_its_position()
    {
        const int Emoji = 0x1F99C; // parrot: neither Go nor DejaVu Sans draws it
        Assert.False(TestFonts.DejaVuSans.HasGlyph(Emoji));

        var split = Chain.Split("a \U0001F99C b");

        var missing = Assert.Single(split.Missing);
        Assert.Equal(Emoji, missing.CodePoint);
        Assert.Equal(2, missing.Index);
        Assert.Equal("U+1F99C '\U0001F99C'", missing.ToString());
        Assert.Equal(6, split.Runs.Sum(r => r.Length));
    }
}
