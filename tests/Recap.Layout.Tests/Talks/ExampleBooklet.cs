using Recap.Layout.Styles;
using Recap.Layout.Tests.Booklet;
using Recap.Markdown;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace Recap.Layout.Tests.Talks;

/// <summary>
/// The example conference (docs/example: links on every talk, a speakers register with a photo and
/// bios, times and rooms) laid out on A5 with the default theme, exported, read back and drawn.
/// </summary>
public sealed class ExampleBooklet : IDisposable
{
    private readonly TempFolder _folder = new();

    public ExampleBooklet()
    {
        Theme = Theme.Load(RepoPaths.DefaultTheme, "a5");
        var diagnostics = new DiagnosticBag();
        Publication = ContentReader.Read(Path.Combine(RepoPaths.Root, "docs", "example"), diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        Assert.Empty(diagnostics.Sorted());
        PdfPath = Path.Combine(_folder.Path, "example.pdf");
        PdfBuild.Write(Publication, Theme, PdfPath, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        using var pdf = PdfDocument.Open(PdfPath);
        Pages = [.. pdf.GetPages().Select(BookletPdfPage.Read)];
        UriLinks = [.. pdf.GetPages().Select(page => (IReadOnlyList<UriLink>)[.. page.GetAnnotations()
            .Where(a => a.Type == AnnotationType.Link && a.Action is UriAction)
            .Select(a => new UriLink(((UriAction)a.Action!).Uri, a.Rectangle.Left, page.Height - a.Rectangle.Top, a.Rectangle.Right, page.Height - a.Rectangle.Bottom))])];
    }

    public Theme Theme { get; }

    public Publication Publication { get; }

    public string PdfPath { get; }

    public string Folder => _folder.Path;

    /// <summary>The PDF's pages as read back; index 0 is page 1.</summary>
    public IReadOnlyList<BookletPdfPage> Pages { get; }

    /// <summary>Each page's links to URLs, with their areas in points from the top-left; index 0 is page 1.</summary>
    public IReadOnlyList<IReadOnlyList<UriLink>> UriLinks { get; }

    public IEnumerable<WriteUp> Talks => Publication.WriteUps.Where(w => w.Meta.Kind == WriteUpKind.Talk);

    /// <summary>The page where the write-up's title is set at the title size: where it opens.</summary>
    public int OpenerPage(WriteUp writeUp)
    {
        var title = BookletPdfPage.Squeeze(writeUp.Meta.Title);
        return Pages.First(p => p.Number > 3 && BookletPdfPage.Squeeze(p.TextAtSize(Theme.TitleSize)) == title).Number;
    }

    /// <summary>The page whose heading (at the title size) is <paramref name="title"/>.</summary>
    public BookletPdfPage PageTitled(string title) => Pages.Single(p => BookletPdfPage.Squeeze(p.TextAtSize(Theme.TitleSize)) == title);

    public void Dispose()
    {
        Theme.Dispose();
        _folder.Dispose();
    }

    public sealed record UriLink(string Uri, double Left, double Top, double Right, double Bottom)
    {
        public double Width => Right - Left;

        public double Height => Bottom - Top;
    }
}
