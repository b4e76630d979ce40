using System.Globalization;
using System.Text;
using CsCheck;
using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Inline;
using Recap.Model;
using Recap.Model.Diagnostics;
using static Recap.Layout.Tests.InlineTestKit;

namespace Recap.Layout.Tests;

/// <summary>
/// A layouter keeps its scratch from paragraph to paragraph (runs, items, pieces, break nodes, lines,
/// the options and widths of each size and measure, the shape cache's last run): whatever it set
/// before, it sets a paragraph exactly as a new layouter does.
/// </summary>
public sealed class LayouterReuseTests
{
    // Prose to hyphenate, tokens to split at their sensible points, a right-to-left word, digits.
    private static readonly string[] Words =
    [
        "the", "gophers", "concurrency", "unfortunately", "responsibilities", "channels,", "(beautiful;", "well-known",
        "github.com/golang/go", "ParagraphLayouter", "io::Reader", "שלום", "2016.", "—", "interfaces",
    ];

    private static readonly Gen<Model.Inline[]> Paragraph =
        Gen.Select(Gen.Int[0, Words.Length - 1], Gen.Int[0, 5]).Array[1, 40].Select(words => words.SelectMany(Inlines).ToArray());

    [Fact]
    public void A_layouter_sets_a_paragraph_after_others_as_a_new_one_does() =>
        Gen.Select(Paragraph.Array[1, 4], Paragraph, Gen.Int[0, 5]).Sample(
            (before, paragraph, shape) =>
            {
                var used = Layouter();
                var element = new StructureElement(StructureKind.P);
                for (var i = 0; i < before.Length; i++)
                {
                    used.Layout(before[i], Format(i + shape), element);
                }

                var format = Format(shape);
                var expected = Describe(Layouter().Layout(paragraph, format, new StructureElement(StructureKind.P)));
                Assert.Equal(expected, Describe(used.Layout(paragraph, format, new StructureElement(StructureKind.P))));
            },
            iter: 150);

    private static ParagraphLayouter Layouter() => new(Theme, EnUs, new MeasureCache(), new DiagnosticBag());

    // Justified and ragged, at measures from one that splits tokens to a wide one, and a footnote's size.
    private static ParagraphFormat Format(int shape) => (shape % 6) switch
    {
        0 => ParagraphFormat.Body(Theme),
        1 => ParagraphFormat.Body(Theme) with { Measure = 60 },
        2 => ParagraphFormat.Body(Theme) with { Alignment = ParagraphAlignment.RaggedRight, Measure = 90 },
        3 => ParagraphFormat.Body(Theme) with { FirstLineIndent = 12, Measure = 150 },
        4 => new ParagraphFormat(Theme.FootnoteSize, 120) { Hyphenate = true },
        _ => ParagraphFormat.Heading(Theme, Theme.H2Size) with { Alignment = ParagraphAlignment.Centered },
    };

    // A word as plain text, emphasis, strong, code or a link, followed by a space.
    private static IEnumerable<Model.Inline> Inlines((int Word, int Style) word)
    {
        var text = Words[word.Word];
        yield return word.Style switch
        {
            1 => new Emphasis(Source, [T(text)]),
            2 => new Strong(Source, [T(text)]),
            3 => new InlineCode(Source, text),
            4 => new Link(Source, new ExternalTarget("https://go.dev"), [T(text)]),
            _ => T(text),
        };
        yield return T(" ");
    }

    // Where every run of every line is, what it draws and how.
    private static string Describe(IReadOnlyList<LineBox> lines)
    {
        var description = new StringBuilder();
        foreach (var line in lines)
        {
            description.Append(CultureInfo.InvariantCulture, $"line {line.Width:R} {line.Hyphenated}\n");
            foreach (var run in Runs(line))
            {
                description.Append(CultureInfo.InvariantCulture, $"  {run.Origin.X:R},{run.Origin.Y:R} {run.Size:R} {run.HorizontalScale:R} {run.Color} '{run.Text}'\n");
            }
        }

        return description.ToString();
    }
}
