using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

/// <summary>The recap this repository publishes must read without errors.</summary>
public sealed class RepositoryContentTests
{
    [Fact]
    public void Repository_content_reads_without_errors()
    {
        var diagnostics = new DiagnosticBag();

        var publication = ContentReader.Read(RepoPaths.Content, diagnostics);

        Assert.NotNull(publication);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.NotEmpty(publication.WriteUps);
        Assert.All(publication.WriteUps, w => Assert.NotEmpty(w.Body));
        Assert.Equal(publication.WriteUps.Count, publication.WriteUps.Select(w => w.Id).Distinct().Count());
        Assert.StartsWith("urn:", publication.Meta.Identifier, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_content_has_unique_block_ids()
    {
        var publication = ContentReader.Read(RepoPaths.Content, new DiagnosticBag());

        Assert.NotNull(publication);
        var ids = publication.WriteUps.SelectMany(w => (List<string>)[w.Id, .. Ids(w.Body), .. w.Footnotes.SelectMany(f => (List<string>)[f.Id, .. Ids(f.Content)])]).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<string> Ids(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            BulletList l => [b.Id, .. l.Items.SelectMany(i => (List<string>)[i.Id, .. Ids(i.Content)])],
            OrderedList l => [b.Id, .. l.Items.SelectMany(i => (List<string>)[i.Id, .. Ids(i.Content)])],
            BlockQuote q => [b.Id, .. Ids(q.Content)],
            _ => (IEnumerable<string>)[b.Id],
        });
}
