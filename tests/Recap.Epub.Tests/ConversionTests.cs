using System.Text.RegularExpressions;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>Both books through calibre, as a Kindle or plain-text reader gets them: EPUB → TXT, EPUB → AZW3 → TXT, and the AZW3's metadata.</summary>
public sealed class CalibreConversions : IDisposable
{
    public CalibreConversions()
    {
        foreach (var (name, epub) in new[] { ("gopherfest", Books.GopherFest), ("reflow", Books.Reflow) })
        {
            var azw3 = Convert(epub, name + ".azw3");
            Texts[name] = File.ReadAllText(Convert(epub, name + ".txt"));
            KindleTexts[name] = File.ReadAllText(Convert(azw3, name + "-kindle.txt"));
            var meta = ExternalTool.EbookMeta(azw3);
            Assert.Equal(0, meta.ExitCode);
            KindleMeta[name] = meta.StdOut;
        }
    }

    public ReaderBooks Books { get; } = new();

    public Dictionary<string, string> Texts { get; } = [];

    public Dictionary<string, string> KindleTexts { get; } = [];

    public Dictionary<string, string> KindleMeta { get; } = [];

    public void Dispose() => Books.Dispose();

    private string Convert(string input, string outputName)
    {
        var output = Path.Combine(Books.Folder, outputName);
        var result = ExternalTool.EbookConvert(input, output);
        Assert.True(result.ExitCode == 0 && File.Exists(output), "ebook-convert failed: " + result.All);
        return output;
    }
}

[Trait(Tier.Key, Tier.Full)]
public sealed partial class ConversionTests(CalibreConversions books) : IClassFixture<CalibreConversions>
{
    public static TheoryData<string> Books => ["gopherfest", "reflow"];

    [Theory]
    [MemberData(nameof(Books))]
    public void Questions_and_answers_are_labelled_once_in_plain_text_and_on_kindle(string name)
    {
        foreach (var text in new[] { books.Texts[name], books.KindleTexts[name] })
        {
            var questions = QuestionLabel().Matches(text).Count;
            Assert.True(questions > 0, "no Q: label in\n" + text);
            Assert.Equal(questions, AnswerLabel().Matches(text).Count);
            Assert.DoesNotContain("Question", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Answer:", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(DoubledLabel(), text);
        }
    }

    [Fact]
    public void Table_cells_stay_apart_in_plain_text_and_on_kindle()
    {
        foreach (var text in new[] { books.Texts["reflow"], books.KindleTexts["reflow"] })
        {
            Assert.Matches(@"Input\s+What we stored\s+Bytes\s+Configuration key\s+Notes", text);
            Assert.Matches(@"request\s+the serialised protobuf envelope\s+1048576\s+max_", text);
        }
    }

    [Theory]
    [InlineData("gopherfest", "GopherFest")]
    [InlineData("reflow", "Reflow Conf")]
    public void The_kindle_book_has_an_author(string name, string author)
    {
        Assert.Matches(@"(?m)^Author\(s\)\s*:\s*" + Regex.Escape(author) + @"\s*$", books.KindleMeta[name]);
        Assert.DoesNotContain("Unknown", books.KindleMeta[name], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^\s*Q: \S")]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"(?m)^\s*A: \S")]
    private static partial Regex AnswerLabel();

    [GeneratedRegex(@"Q:\s*Q:|A:\s*A:")]
    private static partial Regex DoubledLabel();
}
