using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.Booklet;

/// <summary>The GopherFest booklet laid out with one theme on one paper, exported, and its PDF read back page by page.</summary>
public sealed class BookletBuild : IDisposable
{
    public BookletBuild(string themeFolder, string paper, string outputFolder)
    {
        Theme = Theme.Load(themeFolder, paper, systemFonts: false);
        var diagnostics = new DiagnosticBag();
        Publication = ContentReader.Read(RepoPaths.Content, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        PdfPath = Path.Combine(outputFolder, $"booklet-{paper}-{Path.GetFileName(themeFolder)}.pdf");
        Result = PdfBuild.Write(Publication, Theme, PdfPath, diagnostics);
        Diagnostics = diagnostics;

        using var pdf = PdfDocument.Open(PdfPath);
        Pages = [.. pdf.GetPages().Select(BookletPdfPage.Read)];
    }

    public Theme Theme { get; }

    public Publication Publication { get; }

    public LayoutResult Result { get; }

    public DiagnosticBag Diagnostics { get; }

    public string PdfPath { get; }

    /// <summary>The PDF's pages as read back; index 0 is page 1.</summary>
    public IReadOnlyList<BookletPdfPage> Pages { get; }

    /// <summary>The page where the write-up's title is set large (at the theme's title size) in the PDF; 0 if none.</summary>
    public int TitlePage(WriteUp writeUp)
    {
        var title = BookletPdfPage.Squeeze(writeUp.Meta.Title);
        return Pages.FirstOrDefault(p => p.Number > 3 && BookletPdfPage.Squeeze(p.TextAtSize(Theme.TitleSize)).Contains(title, StringComparison.Ordinal))?.Number ?? 0;
    }

    public void Dispose() => Theme.Dispose();
}
