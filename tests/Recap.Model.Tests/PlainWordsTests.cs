using CsCheck;
using Recap.Model.TextRules;

namespace Recap.Model.Tests;

public sealed class PlainWordsTests
{
    [Fact]
    public void A_word_begins_after_white_space_of_any_kind()
    {
        var words = new PlainWords();
        var begins = "  go\u00A0fmt\tx".Select(words.Begins).ToArray();
        Assert.Equal([false, false, true, false, false, true, false, false, false, true], begins);
        Assert.Equal(2, words.Index);
    }

    [Fact]
    public void A_separation_outside_the_text_begins_a_new_word()
    {
        var words = new PlainWords();
        words.Begins('a');
        words.Separate();
        Assert.True(words.Begins('b'));
        Assert.Equal(1, words.Index);
    }

    [Fact]
    public void Words_counted_one_character_at_a_time_are_the_words_of_a_split_at_white_space() =>
        Gen.String[Gen.Char['\t', 'z'], 0, 40].Sample(text =>
        {
            var words = new PlainWords();
            var begun = text.Count(words.Begins);
            var split = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.Equal(split, begun);
            Assert.Equal(split - 1, words.Index);
        });
}
