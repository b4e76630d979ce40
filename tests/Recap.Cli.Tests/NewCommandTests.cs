using Recap.Publishing;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary><c>recap new</c>: the next numbered write-up, which then builds without a problem.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void The_new_talk_is_numbered_after_the_last_and_the_content_still_checks_clean()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);

        var run = CliRun.Of("new", "Go: \"Why?\" & How", "--speaker", "Rob Pike", "-s", "Ken Thompson", "--content", content);

        var path = Path.Combine(content, "02-go-why-how.md");
        Assert.Equal((0, path + "\n", ""), (run.ExitCode, run.Out, run.Error));
        Assert.StartsWith("---\ntitle: \"Go: \\\"Why?\\\" & How\"\nspeakers:\n  - name: Rob Pike\n", File.ReadAllText(path), StringComparison.Ordinal);
        var check = CliRun.Of("check", content);
        Assert.Equal((0, ""), (check.ExitCode, check.Error));
        Assert.Contains("2 write-ups, ", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("\n0 errors, 0 warnings\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_up_of_the_same_name_is_never_overwritten()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);
        var existing = Path.Combine(content, "01-first-talk.md");
        var before = File.ReadAllText(existing);

        var run = CliRun.Of("new", "First Talk", "--content", content);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains($"{existing} already holds a write-up of that name", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(content, "*.md"));
    }

    [Fact]
    public void An_order_in_book_yml_that_leaves_the_new_file_out_is_reported()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);
        folder.Write("content/book.yml", "title: Sample Recap\norder: [01-first-talk.md]\n");

        var run = CliRun.Of("new", "Second Talk", "--content", content);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"{Path.Combine(content, "02-second-talk.md")}:1:1: warning: `02-second-talk.md` is not in book.yml's `order`: left out (add it to `order` to publish it)\n",
            run.Error);
    }

    [Theory]
    [InlineData("new", "  ")]
    [InlineData("new", "Title", "--speaker", "")]
    [InlineData("new")]
    public void A_blank_title_or_speaker_is_a_command_line_error(params string[] args)
    {
        using var folder = SampleContent.Valid();

        var run = CliRun.Of([.. args, "--content", SampleContent.ContentOf(folder)]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Single(Directory.GetFiles(SampleContent.ContentOf(folder), "*.md"));
    }

    [Fact]
    public void A_missing_content_folder_is_reported_and_nothing_is_created()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "content");

        var run = CliRun.Of("new", "Title", "--content", missing);

        Assert.Equal(ExitCodes.ContentErrors, run.ExitCode);
        Assert.Contains("the content folder does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }
}
