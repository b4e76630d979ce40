using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests;

/// <summary>A wrapped code line in the exported booklet, read back with PdfPig: its continuations hang under its indentation.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class CodeBlockPdfTests
{
    [Fact]
    public void Issue0018_a_wrapped_code_line_continues_a_tab_stop_in_from_its_own_indentation()
    {
        using var content = new TempFolder();
        content.Write("book.yml", "title: Code\n");
        content.Write("01-code.md", """
            ---
            title: Code
            ---
            Before the code.

            ```go
            func main() {
            	if ok {
            		fmt.Println("hello, gophers", total, len("a string literal that certainly runs past the measure of an A5 page"))
            	}
            }
            ```
            """);
        using var theme = Theme.Load(RepoPaths.DefaultTheme, "a5", systemFonts: false);
        var diagnostics = new DiagnosticBag();
        var pdfPath = Path.Combine(content.Path, "code.pdf");
        PdfBuild.Write(ContentReader.Read(content.Path, diagnostics)!, theme, pdfPath, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));

        using var pdf = PdfDocument.Open(pdfPath);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => (l.FontName ?? "").Contains("Mono", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        string Text(List<UglyToad.PdfPig.Content.Letter> line) => string.Concat(line.Select(l => l.Value));

        var func = lines.Single(l => Text(l).StartsWith("funcmain", StringComparison.Ordinal));
        var column = (lines.Single(l => Text(l).StartsWith("ifok", StringComparison.Ordinal))[0].StartBaseLine.X - func[0].StartBaseLine.X) / 4;
        var println = lines.FindIndex(l => Text(l).StartsWith("fmt.Println", StringComparison.Ordinal));
        Assert.Equal(func[0].StartBaseLine.X + (8 * column), lines[println][0].StartBaseLine.X, 0.5);

        // The next line is the continuation (the source's next line is a lone brace): 12 columns in, and every character is there.
        var continuation = lines[println + 1];
        Assert.NotEqual("}", Text(continuation));
        Assert.Equal(func[0].StartBaseLine.X + (12 * column), continuation[0].StartBaseLine.X, 0.5);
        var joined = string.Concat(lines.Skip(println).TakeWhile(l => Text(l) != "}").Select(Text));
        Assert.Equal("fmt.Println(\"hello,gophers\",total,len(\"astringliteralthatcertainlyrunspastthemeasureofanA5page\"))", joined);
    }
}
