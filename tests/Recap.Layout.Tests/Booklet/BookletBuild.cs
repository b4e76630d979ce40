using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.Booklet;

/// <summary>The GopherFest booklet laid out with one theme on one paper, exported, and its PDF read back page by page.</summary>
public sealed class BookletBuild : IDisposable
{
    private static readonly DateTimeOffset Date = new(2016, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public BookletBuild(string themeFolder, string paper, string outputFolder)
    {
        Theme = Theme.Load(themeFolder, paper);
        var diagnostics = new DiagnosticBag();
        Publication = ContentReader.Read(RepoPaths.Content, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Result = LayoutEngine.Layout(Publication, Theme, new LayoutOptions(Date), diagnostics);
        Diagnostics = diagnostics;
        PdfPath = Path.Combine(outputFolder, $"booklet-{paper}-{Path.GetFileName(themeFolder)}.pdf");
        using (var stream = File.Create(PdfPath))
        {
            PdfExporter.Export(Result.Document, new PdfOptions(), stream);
        }

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
