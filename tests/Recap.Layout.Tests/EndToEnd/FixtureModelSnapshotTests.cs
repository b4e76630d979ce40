using Recap.Markdown;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Layout.Tests.EndToEnd;

/// <summary>The every-block fixture's document model as a snapshot (Snapshots/every-block.model.txt): what the end-to-end tests set.</summary>
public sealed class FixtureModelSnapshotTests
{
    [Fact]
    public void The_every_block_fixture_reads_into_the_model_of_the_snapshot()
    {
        using var content = new TempFolder();
        FixtureContent.WriteTo(content);

        var publication = ContentReader.Read(content.Path, new DiagnosticBag());

        Snapshot.Match("every-block.model", ModelDump.Of(publication, [(content.Path, "<content>")], new HashSet<string> { "ContentModified" }));
    }
}
