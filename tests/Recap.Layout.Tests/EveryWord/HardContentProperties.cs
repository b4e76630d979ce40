using CsCheck;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.EveryWord;

/// <summary>
/// Generated hard content on every paper: tables of 1–40 columns with tokens up to 120 characters,
/// footnotes up to several pages, lists and quotes nested up to the reader's limit, long titles.
/// Nothing leaves the text block and every word is in the PDF, in order within the note.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class HardContentProperties
{
    private static readonly string[] Papers = ["a5", "a4", "letter", "half-letter"];

    // A token as identifiers and paths are written: camelCase humps, underscores, dots, slashes, colons
    // (never "..", which the reader's smart punctuation makes an ellipsis).
    private static readonly string[] Pieces = ["Retry", "round", "Trip", "_", ".", "/", "::", "backoff", "Circuit", "x", "7"];

    private static readonly Gen<string> Token =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i])
            .Array[1, 40]
            .Select(parts => "t" + string.Concat(parts))
            .Select(token => token.Length > 120 ? token[..120] : token)
            .Where(token => !token.EndsWith('.') && !token.EndsWith(':') && !token.Contains("::::", StringComparison.Ordinal) && !token.Contains("..", StringComparison.Ordinal));

    [Fact]
    public void Nothing_leaves_the_text_block_and_every_word_is_present() =>
        Gen.Select(Gen.Select(Gen.Int[1, 40], Gen.Int[1, 30], Token), Gen.Select(Gen.Int[1, 2000], Gen.Int[1, 40], Gen.Int[0, 3]))
            .Sample(
                (table, rest) =>
                {
                    var (columns, depth, token) = table;
                    var (noteWords, titleWords, paper) = rest;
                    using var content = new TempFolder();
                    var words = HardContent.WriteTo(content.Path, columns, depth, token, noteWords, titleWords);
                    using var theme = Theme.Load(RepoPaths.DefaultTheme, Papers[paper]);
                    var diagnostics = new DiagnosticBag();
                    var publication = ContentReader.Read(content.Path, diagnostics)!;
                    var pdfPath = Path.Combine(content.Path, "out.pdf");
                    var result = PdfBuild.Write(publication, theme, pdfPath, diagnostics);

                    var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
                    Assert.False(diagnostics.HasErrors, string.Join('\n', messages));
                    Assert.DoesNotContain(messages, m => m.Contains("outside the text block", StringComparison.Ordinal));
                    using var pdf = PdfDocument.Open(pdfPath);
                    var bodyPages = Enumerable.Range(3, result.Document.Pages.Length - 3)
                        .Where(n => !pdf.GetPage(n).GetWords().Any(w => w.Text == "Notes") && n != pdf.NumberOfPages);
                    TextBlockAssert.WordsInside(pdfPath, theme, bodyPages);
                    var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "", StringComparison.Ordinal);
                    Assert.All(words, word => Assert.Contains(word, text, StringComparison.Ordinal));
                    var at = 0;
                    foreach (var word in HardContent.Notes(noteWords))
                    {
                        at = text.IndexOf(word, at, StringComparison.Ordinal);
                        Assert.True(at >= 0, $"{word} missing or out of order");
                    }
                },
                iter: 24,
                threads: 1);
}
