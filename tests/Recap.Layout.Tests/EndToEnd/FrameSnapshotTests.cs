using Recap.Frames;
using Recap.Testing;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>
/// The every-block fixture's booklet on A5 as frames and structure tree in text (Snapshots/every-block.a5.frames.txt):
/// a change to the layout shows in review as the lines it moves, the tags it changes.
/// </summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class FrameSnapshotTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>
{
    [Fact]
    public void The_every_block_booklet_lays_out_into_the_frames_and_tags_of_the_snapshot()
    {
        var build = fixture.Build(EndToEndFixture.EveryBlock, "a5");

        Snapshot.Match("every-block.a5.frames", FrameDump.Write(build.Result.Document, face => build.Result.Fonts[face].PostScriptName));
    }
}
