using System.Collections.Immutable;
using Recap.Fonts;
using Recap.Frames;
using Recap.Pdf;
using Recap.Testing;

namespace Recap.Pdf.Tests;

/// <summary>Builds frames by hand, as layout would, and writes them: keeps the tests short.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<Page> _pages = [];
    private readonly List<FrameItem> _items = [];
    private readonly List<OutlineEntry> _outline = [];
    private Size _size = Size.A5;
    private string? _label;
    private bool _open;

    public StructureElement Root { get; } = new(StructureKind.Document);

    public DocumentInfo Info { get; set; } = new(
        "Test document", "en-US", "Recap Tests", "Frames into PDF", ["pdf", "test"],
        new DateTimeOffset(2016, 7, 14, 18, 0, 0, TimeSpan.FromHours(2)),
        new DateTimeOffset(2016, 7, 15, 9, 30, 0, TimeSpan.Zero));

    public DocumentBuilder Page(Size? size = null, string? label = null)
    {
        FlushPage();
        _size = size ?? Size.A5;
        _label = label;
        _open = true;
        return this;
    }

    /// <summary>Shapes text through the fallback chain and places the runs one after another; returns the end x.</summary>
    public double Text(StructureElement? element, double x, double baseline, string text, double size = 10, FontChain? chain = null, Color? color = null)
    {
        _open = true;
        var split = (chain ?? TestFonts.Body).Split(text);
        foreach (var run in split.Runs)
        {
            var shaped = TextShaper.Shape(run.Face, size, text, run.Start, run.Length);
            _items.Add(GlyphRuns.Place(Fonts, shaped, new Point(x, baseline), color ?? Color.Black, element));
            x += shaped.Width;
        }

        return x;
    }

    public void Text(StructureElement? element, FontFace face, double x, double baseline, string text, double size = 10)
    {
        _open = true;
        _items.Add(GlyphRuns.Place(Fonts, TextShaper.Shape(face, size, text), new Point(x, baseline), Color.Black, element));
    }

    public void Add(FrameItem item)
    {
        _open = true;
        _items.Add(item);
    }

    // One book for every test document: a page built by one builder may be placed in another's.
    private static readonly FontBook SharedFonts = new();

    /// <summary>The faces of the runs added, for the exporter.</summary>
    public FontBook Fonts => SharedFonts;

    public void Outline(OutlineEntry entry) => _outline.Add(entry);

    public PagedDocument Build()
    {
        FlushPage();
        return new PagedDocument(_pages, Root, _outline, Info);
    }

    public byte[] Bytes(bool pretty = false)
    {
        using var stream = new MemoryStream();
        PdfExporter.Export(Build(), Fonts, new PdfOptions { Pretty = pretty }, stream);
        return stream.ToArray();
    }

    public string WriteTo(TempFolder folder, string name = "test.pdf", bool pretty = false) =>
        folder.Write(name, Bytes(pretty));

    private void FlushPage()
    {
        if (_open)
        {
            _pages.Add(new Page(_size, [.. _items], _label));
            _items.Clear();
            _open = false;
        }
    }
}
