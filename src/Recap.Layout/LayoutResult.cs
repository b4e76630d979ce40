using Recap.Frames;
using Recap.Layout.Pages;

namespace Recap.Layout;

/// <summary>The laid-out pages, ready for an exporter, and where every node landed.</summary>
public sealed record LayoutResult(PagedDocument Document, PageMap Map);
