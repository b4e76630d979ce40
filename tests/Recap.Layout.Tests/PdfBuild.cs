using Recap.Layout.Styles;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Pdf;

namespace Recap.Layout.Tests;

/// <summary>Lays a publication out and writes its PDF, as <c>recap build</c> does, with a fixed date.</summary>
internal static class PdfBuild
{
    public static readonly DateTimeOffset Date = new(2016, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public static LayoutResult Write(Publication publication, Theme theme, string pdfPath, DiagnosticBag diagnostics)
    {
        using var stream = File.Create(pdfPath);
        return Write(publication, theme, stream, diagnostics);
    }

    public static LayoutResult Write(Publication publication, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var result = LayoutEngine.Layout(publication, theme, new LayoutOptions(Date), diagnostics);
        PdfExporter.Export(result.Document, result.Fonts, new PdfOptions(), output);
        return result;
    }
}
