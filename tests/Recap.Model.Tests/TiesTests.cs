using CsCheck;
using Recap.Model.Phrases;

namespace Recap.Model.Tests;

public sealed class TiesTests
{
    [Theory]
    [InlineData("it took 400 ms.", "it took 400\u00A0ms.")]
    [InlineData("see Fig. 3 by D. E. Knuth", "see Fig.\u00A03 by D.\u00A0E.\u00A0Knuth")]
    [InlineData("5  ms apart", "5  ms apart")]
    [InlineData("no ties here", "no ties here")]
    [InlineData("", "")]
    public void Apply_makes_the_tied_spaces_no_break_spaces(string text, string expected) =>
        Assert.Equal(expected, Ties.Apply(text));

    [Fact]
    public void Apply_changes_exactly_the_spaces_between_words_Bind_ties() =>
        Gen.OneOf("400", "2.3", "-5", "ms", "ms.", "s,", "Fig.", "p.", "D.", "E.", "Knuth", "go", "", "µs")
            .Array[1, 8]
            .Sample(words =>
            {
                var tied = Ties.Apply(string.Join(' ', words));
                Assert.Equal(words, tied.Split(' ', '\u00A0'));
                var separators = tied.Where(c => c is ' ' or '\u00A0').ToArray();
                for (var i = 1; i < words.Length; i++)
                {
                    Assert.Equal(Ties.Bind(words[i - 1], words[i]) ? '\u00A0' : ' ', separators[i - 1]);
                }
            });
}
