using Recap.Frames;
using Recap.Layout.Styles;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>One content folder read, laid out on one paper and exported: the model, the frames and the PDF file.</summary>
public sealed class EndToEndBuild : IDisposable
{
    private readonly Lazy<IReadOnlyList<PdfPageText>> _pdfPages;
    private readonly Lazy<IReadOnlyList<SetLine>> _lines;
    private readonly Lazy<ExpectedText> _expected;

    private EndToEndBuild(string contentFolder, string paper, string outputFolder)
    {
        Paper = paper;
        Theme = Theme.Load(RepoPaths.DefaultTheme, paper, systemFonts: false);
        Publication = Read(contentFolder);
        PdfPath = Path.Combine(outputFolder, $"{Publication.Slug}-{paper}.pdf");
        Result = PdfBuild.Write(Publication, Theme, PdfPath, new DiagnosticBag());
        _pdfPages = new(() =>
        {
            using var pdf = PdfDocument.Open(PdfPath);
            return [.. pdf.GetPages().Select(PdfPageText.Read)];
        });
        _lines = new(() => SetLine.Of(Result.Document));
        _expected = new(() => ExpectedText.Of(Publication));
    }

    public string Paper { get; }

    public Theme Theme { get; }

    public Publication Publication { get; }

    public LayoutResult Result { get; }

    public string PdfPath { get; }

    /// <summary>The PDF read back with PdfPig, once.</summary>
    public IReadOnlyList<PdfPageText> PdfPages => _pdfPages.Value;

    /// <summary>The lines as laid out, from the frames.</summary>
    public IReadOnlyList<SetLine> Lines => _lines.Value;

    internal ExpectedText Expected => _expected.Value;

    /// <summary>The pages from the first write-up's opener to the last write-up's end: what the checks read.</summary>
    public IEnumerable<PdfPageText> WriteUpPdfPages => PdfPages.Where(p => p.Number >= FirstWriteUpPage && p.Number <= LastWriteUpPage);

    public IEnumerable<SetLine> WriteUpLines => Lines.Where(l => l.Page >= FirstWriteUpPage && l.Page <= LastWriteUpPage);

    private int FirstWriteUpPage => Result.Map.Find(Publication.WriteUps[0].Id)!.Value.Page;

    // The last write-up's section is the one of the title set on its opener page; it ends where its last line is.
    private int LastWriteUpPage
    {
        get
        {
            var opener = Result.Map.Find(Publication.WriteUps[^1].Id)!.Value.Page;
            var section = Lines.Last(l => l.Page == opener && l.Block.Kind == StructureKind.H1).Section;
            return Lines.Where(l => l.Section == section).Max(l => l.Page);
        }
    }

    public static EndToEndBuild Run(string contentFolder, string paper, string outputFolder) => new(contentFolder, paper, outputFolder);

    /// <summary>A second, independent build of the same content (fresh reader, theme and layout) as PDF bytes.</summary>
    public static byte[] Rebuild(string contentFolder, string paper)
    {
        using var theme = Theme.Load(RepoPaths.DefaultTheme, paper);
        using var stream = new MemoryStream();
        PdfBuild.Write(Read(contentFolder), theme, stream, new DiagnosticBag());
        return stream.ToArray();
    }

    public void Dispose() => Theme.Dispose();

    private static Publication Read(string contentFolder)
    {
        var diagnostics = new DiagnosticBag();
        var publication = ContentReader.Read(contentFolder, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return publication!;
    }
}
