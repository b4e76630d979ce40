using Recap.Model.TextRules;

namespace Recap.Epub;

/// <summary>
/// Writes the print edition's page-break markers into one document as its nodes are written: at a
/// node's start, or before a given word of its text, counting words as the page map does
/// (<see cref="PlainWords"/>; a footnote mark's number and the writer's own labels are not the node's words).
/// Each node's markers are written once, at the node's first appearance. A marker is an empty span,
/// phrasing content, so it is valid inside paragraphs, headings, links, emphasis and code.
/// </summary>
internal sealed class PageBreakWriter
{
    private readonly XhtmlWriter _writer;
    private readonly PageMarkers _markers;
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counted = new(StringComparer.Ordinal);
    private List<PageMarker>? _pending;
    private int _next;
    private PlainWords _words = new();

    public PageBreakWriter(XhtmlWriter writer, PageMarkers markers)
    {
        _writer = writer;
        _markers = markers;
    }

    /// <summary>Every marker of the node, here: for nodes whose words the ebook does not number (tables, figures, lists).</summary>
    public void At(string nodeId)
    {
        if (_started.Add(nodeId) && _counted.Add(nodeId))
        {
            WriteAll(_markers.Of(nodeId));
        }
    }

    /// <summary>The markers of pages that begin at the node's start, here.</summary>
    public void Start(string nodeId)
    {
        if (_started.Add(nodeId))
        {
            WriteAll(_markers.Of(nodeId).Where(m => m.Word < 0));
        }
    }

    /// <summary>From here to <see cref="End"/>, <see cref="Text"/> is the node's text: markers go before their words.</summary>
    public void Count(string nodeId)
    {
        // Most nodes begin no page: they get no list of their own.
        var markers = _counted.Add(nodeId) ? _markers.Of(nodeId) : [];
        _pending = markers.Count == 0 ? null : [.. markers.Where(m => m.Word >= 0).OrderBy(m => m.Word)];
        _next = 0;
        if (_pending is not null)
        {
            // Words are counted only where there are markers to place between them.
            _words = new PlainWords();
        }
    }

    /// <summary><see cref="Start"/> then <see cref="Count"/>: for a node made of its text alone.</summary>
    public void Begin(string nodeId)
    {
        Start(nodeId);
        Count(nodeId);
    }

    /// <summary>Writes text, with the markers of the words that begin in it.</summary>
    public void Text(string value)
    {
        if (_pending is null || _next >= _pending.Count)
        {
            _writer.Text(value);
            return;
        }

        var written = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!_words.Begins(value[i]))
            {
                continue;
            }

            if (_next < _pending.Count && _pending[_next].Word <= _words.Index)
            {
                _writer.Text(value[written..i]);
                written = i;
                while (_next < _pending.Count && _pending[_next].Word <= _words.Index)
                {
                    Write(_pending[_next++]);
                }
            }
        }

        _writer.Text(value[written..]);
    }

    /// <summary>A line break: the next text starts a new word.</summary>
    public void Space() => _words.Separate();

    /// <summary>Ends the node's text; markers of words past its end (the page map disagrees with the model) go here.</summary>
    public void End()
    {
        if (_pending is not null)
        {
            WriteAll(_pending.Skip(_next));
        }

        _pending = null;
    }

    private void WriteAll(IEnumerable<PageMarker> markers)
    {
        foreach (var marker in markers)
        {
            Write(marker);
        }
    }

    private void Write(PageMarker marker)
    {
        _writer.Start("span");
        _writer.EpubType("pagebreak");
        _writer.Attribute("role", "doc-pagebreak");
        _writer.Attribute("id", marker.Id);
        _writer.Attribute("aria-label", marker.Label);
        _writer.End();
    }
}
