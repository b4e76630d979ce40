using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

/// <summary>
/// The document model of the repository's content as a snapshot (Snapshots/gopherfest.model.txt):
/// a change to the reader shows, node by node, in the diff of a pull request.
/// </summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void The_content_reads_into_the_model_of_the_snapshot()
    {
        var publication = ContentReader.Read(RepoPaths.Content, new DiagnosticBag());

        // The content time is the newest file's, which a checkout sets: a fact of the clone, not of the text.
        Snapshot.Match("gopherfest.model", ModelDump.Of(publication, [(RepoPaths.Content, "<content>")], new HashSet<string> { "ContentModified" }));
    }
}
