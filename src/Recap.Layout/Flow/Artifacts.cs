using Recap.Frames;

namespace Recap.Layout.Flow;

/// <summary>Copies of items as page furniture: no structure element (a repeated table header, the back cover's title).</summary>
public static class Artifacts
{
    /// <summary>The same item as an artifact, or null when it has no artifact form.</summary>
    public static FrameItem? AsArtifact(this FrameItem item) => item.Accept(ArtifactCopier.Instance);

    private sealed class ArtifactCopier : IFrameItemVisitor<FrameItem?>
    {
        public static readonly ArtifactCopier Instance = new();

        public FrameItem? Visit(GlyphRunItem run) => run with { Element = null };

        public FrameItem? Visit(TextLineItem line) =>
            line with { Runs = [.. line.Runs.Select(run => run with { Element = null })], Items = [.. line.Items.Select(i => i.Accept(this)).OfType<FrameItem>()] };

        public FrameItem? Visit(ShapeItem shape) => shape with { Element = null };

        public FrameItem? Visit(ImageItem image) => image with { Element = null };

        // A repeated header's links would duplicate the original's.
        public FrameItem? Visit(LinkItem link) => null;

        // Names must stay unique.
        public FrameItem? Visit(DestinationItem destination) => null;

        // It has no element of its own, and a document that places pages is untagged.
        public FrameItem? Visit(PlacedPageItem placed) => placed;

        public FrameItem? Visit(GroupItem group) => group with { Items = [.. group.Items.Select(i => i.Accept(this)).OfType<FrameItem>()] };
    }
}
