using Recap.Testing;

namespace Recap.Cli.Tests;

[Trait(Tier.Key, Tier.Full)]
public sealed class OutputFileTests
{
    private static readonly Dictionary<string, string> FixedDate = new() { ["SOURCE_DATE_EPOCH"] = "1467331200" };

    [Fact]
    public void A_rebuild_replaces_the_file_and_leaves_no_temporary_files()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        var epub = Path.Combine(output, "sample-recap.epub");
        Assert.Equal(0, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output).ExitCode);
        File.WriteAllText(epub, "stale");

        Assert.Equal(0, CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output).ExitCode);

        Assert.NotEqual("stale", File.ReadAllText(epub));
        Assert.Equal(["sample-recap.epub", "sample-recap.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_earlier_output_as_it_was()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        Assert.Equal(0, CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output).ExitCode);
        var epub = Path.Combine(output, "sample-recap.epub");
        var before = File.ReadAllBytes(epub);

        folder.Write("content/book.yml", "subtitle: no title any more\n");
        Assert.Equal(1, CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output).ExitCode);

        Assert.Equal(before, File.ReadAllBytes(epub));
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var folder = SampleContent.Valid();
        var first = Path.Combine(folder.Path, "a");
        var second = Path.Combine(folder.Path, "b");

        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", first);
        Thread.Sleep(1100); // a clock-based timestamp would now differ
        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", second);

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, "sample-recap.epub")),
            File.ReadAllBytes(Path.Combine(second, "sample-recap.epub")));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, "sample-recap.pdf")),
            File.ReadAllBytes(Path.Combine(second, "sample-recap.pdf")));
    }

    [Fact]
    public void Source_date_epoch_sets_the_ebook_modification_date()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        CliRun.Of(FixedDate, "build", SampleContent.ContentOf(folder), "-o", output);

        var opf = EpubEntries.Read(Path.Combine(output, "sample-recap.epub"), ".opf");

        Assert.Contains("2016-07-01T00:00:00Z", opf);
    }

    [Fact]
    public void A_malformed_source_date_epoch_is_a_usage_error()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of(
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" },
            "build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH", run.Error);
    }
}
