using System.Text;
using CsCheck;
using Recap.Layout.Hyphenation;
using Recap.Testing;

namespace Recap.Layout.Tests;

public sealed class HyphenatorTests
{
    public static TheoryData<string> ReferenceWords => Expected("hyphenation-en-US.txt");

    public static TheoryData<string> ReferenceWordsMinima3 => Expected("hyphenation-en-US-min3.txt");

    [Theory]
    [MemberData(nameof(ReferenceWords))]
    public void Hyphenates_like_libhyphen(string expected)
    {
        var word = expected.Replace("-", "");
        Assert.Equal(expected, Hyphenate(TestParagraphs.EnUs, word));
    }

    [Theory]
    [MemberData(nameof(ReferenceWordsMinima3))]
    public void Minima_are_configurable(string expected)
    {
        var hyphenator = Hyphenator.Load(Path.Combine(TestParagraphs.PatternsFolder, "hyph_en_US.dic"), leftMin: 3, rightMin: 3);
        Assert.Equal(expected, Hyphenate(hyphenator, expected.Replace("-", "")));
    }

    [Fact]
    public void Reads_minima_and_patterns_from_the_file()
    {
        var hyphenator = TestParagraphs.EnUs;
        Assert.Equal(2, hyphenator.LeftMin);
        Assert.Equal(3, hyphenator.RightMin);
        // hyph_en_US.dic has 11,107 pattern lines after its three header lines.
        Assert.Equal(11107, hyphenator.PatternCount);
        Assert.Equal(0, hyphenator.SkippedPatternCount);
    }

    [Theory]
    [InlineData("PERFORMANCE")] // all capitals: an acronym
    [InlineData("perFormance")] // an identifier
    [InlineData("performance2")]
    [InlineData("per.formance")]
    [InlineData("https://performance")]
    [InlineData("perform-ance")] // explicit hyphens are split by the caller
    [InlineData("abcd")] // shorter than the minima allow
    [InlineData("")]
    public void Gives_no_points_to_words_it_must_not_hyphenate(string word)
    {
        Assert.Empty(TestParagraphs.EnUs.Points(word));
    }

    [Fact]
    public void Hyphenates_capitalised_words_like_lowercase_ones_as_tex_does_with_uchyph()
    {
        Assert.Equal(TestParagraphs.EnUs.Points("unfortunately"), TestParagraphs.EnUs.Points("Unfortunately"));
        Assert.NotEmpty(TestParagraphs.EnUs.Points("Responsibilities"));
        Assert.Empty(TestParagraphs.EnUs.Points("HTTPS"));
    }

    [Fact]
    public void Accepts_both_apostrophes()
    {
        Assert.Equal([4], TestParagraphs.EnUs.Points("children's"));
        Assert.Equal([4], TestParagraphs.EnUs.Points("children\u2019s"));
    }

    [Fact]
    public void Answers_the_same_from_many_threads()
    {
        var words = ExpectedLines("hyphenation-en-US.txt").Select(w => w.Replace("-", "")).ToArray();
        var fresh = Hyphenator.Load(Path.Combine(TestParagraphs.PatternsFolder, "hyph_en_US.dic"));
        var expected = words.Select(w => string.Join(',', TestParagraphs.EnUs.Points(w))).ToArray();
        var results = new string[words.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = string.Join(',', fresh.Points(words[i % words.Length])));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % words.Length], results[i]);
        }
    }

    [Fact]
    public void Applies_only_the_last_level_and_skips_respelling_patterns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("hyph_xx.dic", string.Join('\n',
            "UTF-8",
            "LEFTHYPHENMIN 1",
            "RIGHTHYPHENMIN 1",
            "COMPOUNDLEFTHYPHENMIN 2",
            "1c",        // compound level: must not apply
            "NEXTLEVEL",
            "% a comment",
            "1b",
            "c1k/k=k,1,1", // respelling: skipped
            ""));
        var hyphenator = Hyphenator.Load(path);
        Assert.Equal(1, hyphenator.LeftMin);
        Assert.Equal(1, hyphenator.PatternCount);
        Assert.Equal(1, hyphenator.SkippedPatternCount);
        Assert.Equal([1, 4], hyphenator.Points("abcab"));
    }

    [Fact]
    public void A_pattern_given_again_replaces_the_earlier_one_and_counts_once()
    {
        using var folder = new TempFolder();
        var path = folder.Write("hyph_xx.dic", string.Join('\n', "UTF-8", "LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "a1b", "a2b", "b1c", ""));
        var hyphenator = Hyphenator.Load(path);

        Assert.Equal(2, hyphenator.PatternCount);
        // a2b (even) overrides a1b: no break between a and b; b1c still breaks between b and c.
        Assert.Equal([2], hyphenator.Points("abc"));
    }

    [Fact]
    public void Reads_latin1_pattern_files()
    {
        using var folder = new TempFolder();
        var path = folder.Write("hyph_xx.dic", Encoding.Latin1.GetBytes("ISO8859-1\n\u00e91\n"));
        var hyphenator = Hyphenator.Load(path, 1, 1);
        Assert.Equal([2], hyphenator.Points("a\u00e9a"));
    }

    private static TheoryData<string> Expected(string file) => new(ExpectedLines(file));

    private static string[] ExpectedLines(string file) =>
        File.ReadAllLines(Path.Combine(TestParagraphs.FixturesFolder, file)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    private static string Hyphenate(Hyphenator hyphenator, string word)
    {
        var text = new StringBuilder(word);
        foreach (var point in hyphenator.Points(word).Reverse())
        {
            text.Insert(point, '-');
        }

        return text.ToString();
    }

    [Fact]
    public void A_word_cut_from_a_longer_text_gets_the_points_of_the_word_alone() =>
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyzAEIOU'\u2019-. 2"].Array[0, 30], Gen.Int[0, 30], Gen.Int[0, 30]).Sample(
            (chars, from, length) =>
            {
                var text = new string(chars);
                var start = Math.Min(from, text.Length);
                var word = text.Substring(start, Math.Min(length, text.Length - start));
                Assert.Equal(TestParagraphs.EnUs.Points(word), TestParagraphs.EnUs.Points(text.AsSpan(start, word.Length)));
            },
            iter: 2000);
}
