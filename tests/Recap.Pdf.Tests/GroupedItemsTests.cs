using System.Collections.Immutable;
using System.Text;
using Recap.Frames;

namespace Recap.Pdf.Tests;

/// <summary>
/// Groups are written by walking them with their offsets, not by copying their items: the file must be
/// the one that the same page, flattened into page coordinates by <see cref="FrameItems.Flatten"/>, gives.
/// </summary>
public sealed class GroupedItemsTests
{
    [Fact]
    public void Nested_and_clipping_groups_write_the_same_bytes_as_their_flattened_items()
    {
        var plain = SampleDocument.Create().Build();
        var grouped = WithPages(plain, plain.Pages.Select(page => page with { Items = [Nest(page.Items)] }));
        var flattened = WithPages(grouped, grouped.Pages.Select(page => page with { Items = [.. FrameItems.Flatten(page.Items)] }));

        var fromGroups = Export(grouped, pretty: true);

        Assert.Equal(Export(flattened, pretty: true), fromGroups);
        Assert.Equal(Export(flattened, pretty: false), Export(grouped, pretty: false));
        Assert.Contains(" re W n\n", Encoding.Latin1.GetString(fromGroups), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_write_the_same_bytes_as_their_runs_and_items_flattened()
    {
        var plain = SampleDocument.Create().Build();
        var lined = WithPages(plain, plain.Pages.Select(page => page with { Items = [Nest(Lines(page.Items))] }));
        var flattened = WithPages(lined, lined.Pages.Select(page => page with { Items = [.. FrameItems.Flatten(page.Items)] }));

        Assert.Contains(lined.Pages, page => FrameDump.Write(page).Contains("line ", StringComparison.Ordinal));
        Assert.Equal(Export(flattened, pretty: true), Export(lined, pretty: true));
    }

    /// <summary>Each stretch of runs, and the links and destinations after it, as one line at an offset whose sums round.</summary>
    private static ImmutableArray<FrameItem> Lines(ImmutableArray<FrameItem> items)
    {
        var lined = ImmutableArray.CreateBuilder<FrameItem>();
        for (var i = 0; i < items.Length;)
        {
            if (items[i] is not GlyphRunItem)
            {
                lined.Add(items[i++]);
                continue;
            }

            var runs = ImmutableArray.CreateBuilder<GlyphRun>();
            while (i < items.Length && items[i] is GlyphRunItem run)
            {
                runs.Add(run.Run);
                i++;
            }

            var after = ImmutableArray.CreateBuilder<FrameItem>();
            while (i < items.Length && items[i] is LinkItem or DestinationItem)
            {
                after.Add(items[i++]);
            }

            lined.Add(new TextLineItem(new Point(0.15, -3.35), runs.ToImmutable(), after.ToImmutable()));
        }

        return lined.ToImmutable();
    }

    /// <summary>The items three groups deep, at offsets whose sums round (so the order of the additions shows), the middle group clipping.</summary>
    private static GroupItem Nest(ImmutableArray<FrameItem> items)
    {
        var third = items.Length / 3;
        GroupItem inner = new(new Point(0.1, -0.7), items[third..(2 * third)]);
        GroupItem clipping = new(new Point(-3.3, 12.45), [inner, .. items[(2 * third)..]], new Rect(-0.2, -12.3, 400.1, 580.9));
        return new GroupItem(new Point(0.35, -11.75), [.. items[..third], clipping]);
    }

    private static PagedDocument WithPages(PagedDocument document, IEnumerable<Page> pages) =>
        new(pages, document.Structure, document.Outline, document.Info);

    private static byte[] Export(PagedDocument document, bool pretty)
    {
        using var stream = new MemoryStream();
        PdfExporter.Export(document, new DocumentBuilder().Fonts, new PdfOptions { Pretty = pretty }, stream);
        return stream.ToArray();
    }
}
