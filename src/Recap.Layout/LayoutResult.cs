using Recap.Fonts;
using Recap.Frames;
using Recap.Layout.Pages;

namespace Recap.Layout;

/// <summary>The laid-out pages, ready for an exporter, where every node landed, and the faces the pages name (the theme's, which owns them).</summary>
public sealed record LayoutResult(PagedDocument Document, PageMap Map, FontBook Fonts);
