using Recap.Frames;
using Recap.Layout.Pages;

namespace Recap.Layout.Booklet;

/// <summary>The whole booklet: its pages from cover to back cover, its structure tree in reading order, and where every node landed.</summary>
/// <param name="ContentsPages">The page number each contents entry prints, by write-up or section id (equal to the map's by construction).</param>
internal sealed record BookletPages(PageSequence Pages, StructureElement Structure, PageMap Map, IReadOnlyDictionary<string, int> ContentsPages);
