using Recap.Frames;
using Recap.Pdf.Objects;

namespace Recap.Pdf.Content;

/// <summary>
/// State of the one page being written: its content stream, the resources and annotations it
/// uses, the open marked-content sequence and the current colours and line width (so repeated
/// settings are not written again). A placed page's Form XObject is written with one too.
/// </summary>
internal sealed class PageContext
{
    private readonly DocumentContext _document;
    private StructureElement? _markedElement;
    private bool _markOpen;
    private Color? _fill;
    private Color? _stroke;
    private double _lineWidth = -1;
    private readonly Stack<(Color? Fill, Color? Stroke, double LineWidth)> _saved = new();

    public PageContext(DocumentContext document, int index, Page page, PdfBuffer content)
    {
        _document = document;
        Index = index;
        Id = document.PageIds[index];
        Height = page.Size.Height;
        Content = content;
        content.Clear();
        Text = new TextObject(content);
    }

    /// <summary>State for the content of a Form XObject that draws <paramref name="placed"/>: no page object of its own.</summary>
    public PageContext(DocumentContext document, Page placed, PdfBuffer content)
    {
        _document = document;
        Index = -1;
        Height = placed.Size.Height;
        Content = content;
        Text = new TextObject(content);
    }

    /// <summary>True while writing a placed page's Form XObject rather than a page.</summary>
    public bool IsForm => Index < 0;

    public int Index { get; }

    /// <summary>The page object's id; 0 for a form.</summary>
    public int Id { get; }

    /// <summary>The page height, to turn Recap's y-down coordinates into PDF's y-up ones.</summary>
    public double Height { get; }

    public PdfBuffer Content { get; }

    /// <summary>The open text object; anything drawn that is not text must end it first.</summary>
    public TextObject Text { get; }

    /// <summary>Resource names used on this page, with their object ids, in order of first use.</summary>
    public List<(string Name, int Id)> FontResources { get; } = [];

    /// <summary>Images and placed pages' forms.</summary>
    public List<(string Name, int Id)> XObjectResources { get; } = [];

    public List<int> Annotations { get; } = [];

    public double PdfY(double y) => Height - y;

    /// <summary>
    /// Puts the next content under <paramref name="element"/> (a BDC with a new MCID) or, for
    /// null, into an artifact. Consecutive items of one element share one sequence. An untagged
    /// document marks nothing.
    /// </summary>
    public void Mark(StructureElement? element)
    {
        if (!_document.Tagged || (_markOpen && ReferenceEquals(element, _markedElement)))
        {
            return;
        }

        Text.End();
        CloseMark();
        if (element is null)
        {
            Content.Ascii("/Artifact BMC\n");
        }
        else
        {
            var mcid = _document.Tags.MarkContent(element, Index, Id);
            Content.Name(Enum.GetName(element.Kind)!).Ascii("<</MCID ").Int(mcid).Ascii(">>BDC\n");
        }

        _markOpen = true;
        _markedElement = element;
    }

    public void CloseMark()
    {
        Text.End();
        if (_markOpen)
        {
            Content.Ascii("EMC\n");
            _markOpen = false;
        }
    }

    /// <summary>
    /// Starts a clipped group: the graphics state is saved (<c>q</c>) and the clip set; marked
    /// content closes first, so that each sequence nests inside or outside the saved state.
    /// </summary>
    public void BeginClip(Rect clip)
    {
        CloseMark();
        Content.Ascii("q ").Number(clip.X).Space().Number(PdfY(clip.Bottom)).Space()
            .Number(clip.Width).Space().Number(clip.Height).Ascii(" re W n\n");
        _saved.Push((_fill, _stroke, _lineWidth));
    }

    /// <summary>Ends the clipped group: the state saved by <see cref="BeginClip"/> is back, colours and line width included.</summary>
    public void EndClip()
    {
        CloseMark();
        Content.Ascii("Q\n");
        (_fill, _stroke, _lineWidth) = _saved.Pop();
    }

    public void UseFont(string name, int id)
    {
        foreach (var resource in FontResources)
        {
            if (resource.Id == id)
            {
                return;
            }
        }

        FontResources.Add((name, id));
    }

    public void UseXObject(string name, int id)
    {
        if (!XObjectResources.Exists(r => r.Id == id))
        {
            XObjectResources.Add((name, id));
        }
    }

    public void SetFill(Color color)
    {
        if (_fill != color)
        {
            Text.Interrupt();
            _fill = color;
            WriteColor(color).Ascii(" rg\n");
        }
    }

    public void SetStroke(Color color, double width)
    {
        if (_stroke != color)
        {
            _stroke = color;
            WriteColor(color).Ascii(" RG\n");
        }

        if (_lineWidth != width)
        {
            _lineWidth = width;
            Content.Number(width).Ascii(" w\n");
        }
    }

    private PdfBuffer WriteColor(Color color) =>
        Content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0);
}
