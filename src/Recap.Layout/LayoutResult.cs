using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Pages;
using Recap.Spooling;

namespace Recap.Layout;

/// <summary>The laid-out pages, ready for an exporter, where every node landed, and the faces the pages name (the theme's, which owns them).</summary>
/// <param name="Spill">Where the write-ups' stored lines wait until their pages are composed, once a long book's fill the memory
/// kept for them; disposing the result lets it go, and no page is to be read after.</param>
public sealed record LayoutResult(PagedDocument Document, PageMap Map, FontBook Fonts, SpillFile? Spill = null) : IDisposable
{
    public void Dispose() => Spill?.Dispose();
}
