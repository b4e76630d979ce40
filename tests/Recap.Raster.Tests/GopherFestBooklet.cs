using Recap.Layout;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Pdf;
using Recap.Testing;

namespace Recap.Raster.Tests;

/// <summary>The GopherFest booklet laid out once for a test class, and exported to PDF in a temporary folder.</summary>
public sealed class GopherFestBooklet : IDisposable
{
    private readonly Theme _theme;

    public GopherFestBooklet()
    {
        _theme = Theme.Load(RepoPaths.DefaultTheme);
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(RepoPaths.Content, diagnostics)!;
        Layout = LayoutEngine.Layout(publication, _theme, new LayoutOptions(new DateTimeOffset(2016, 7, 1, 0, 0, 0, TimeSpan.Zero)), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));

        PdfPath = Path.Combine(Folder.Path, "booklet.pdf");
        using var stream = File.Create(PdfPath);
        PdfExporter.Export(Layout.Document, Layout.Fonts, new PdfOptions(), stream);
    }

    public LayoutResult Layout { get; }

    public TempFolder Folder { get; } = new();

    public string PdfPath { get; }

    public void Dispose()
    {
        _theme.Dispose();
        Folder.Dispose();
    }
}
