using Recap.Testing;

namespace Recap.Cli.Tests;

public sealed class ExitStatusTests
{
    [Fact]
    public void A_valid_build_exits_0_and_names_the_file_it_wrote()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "-f", "epub");

        Assert.Equal(0, run.ExitCode);
        var epub = Path.Combine(SampleContent.OutOf(folder), "sample-recap.epub");
        Assert.True(File.Exists(epub));
        Assert.Contains(epub, run.Out);
        Assert.Matches(@"sample-recap\.epub  \d+(\.\d)? (B|KB|MB)  \d+ ms", run.Out);
    }

    [Fact]
    public void Content_errors_exit_1_print_compiler_style_lines_and_write_nothing()
    {
        using var folder = SampleContent.Valid();
        folder.Write("content/02-broken.md", "---\nspeakers: []\n---\nNo title here.\n");
        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"02-broken\.md:\d+:\d+: error: ", run.Error);
        Assert.False(Directory.Exists(SampleContent.OutOf(folder)));
    }

    [Fact]
    public void Warnings_as_errors_turns_a_warning_into_exit_1()
    {
        using var folder = SampleContent.Valid();
        folder.Write("content/02-empty.md", "---\ntitle: Empty\n---\n");
        var content = SampleContent.ContentOf(folder);

        var lenient = CliRun.Of("check", content);
        var strict = CliRun.Of("build", content, "-o", SampleContent.OutOf(folder), "--warnings-as-errors");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains(": warning: ", lenient.Error);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("02-empty.md:", strict.Error);
        Assert.Contains(": error: ", strict.Error);
        Assert.False(Directory.Exists(SampleContent.OutOf(folder)));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--format", "docx")]
    [InlineData("publish")]
    public void A_wrong_command_line_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("recap: error:", run.Error);
    }

    [Trait(Tier.Key, Tier.Full)]
    [Theory]
    [InlineData("pdf", new[] { "sample-recap.pdf" })]
    [InlineData("epub", new[] { "sample-recap.epub" })]
    [InlineData("all", new[] { "sample-recap.epub", "sample-recap.pdf" })]
    public void Format_chooses_what_is_written(string format, string[] expected)
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, Directory.GetFiles(SampleContent.OutOf(folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_paper_is_a_usage_error()
    {
        var run = CliRun.Of("build", "--paper", "b5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("b5", run.Error);
    }

    [Fact]
    public void A_missing_content_folder_is_an_error()
    {
        using var folder = new Recap.Testing.TempFolder();
        var run = CliRun.Of("check", Path.Combine(folder.Path, "nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error:", run.Error);
    }

    [Fact]
    public void Check_reads_and_reports_but_writes_nothing()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of("check", SampleContent.ContentOf(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 write-ups", run.Out);
        Assert.Equal(["content"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Trait(Tier.Key, Tier.Full)]
    [Fact]
    public void Quiet_prints_only_the_totals_on_success()
    {
        using var folder = SampleContent.Valid();
        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings\n", run.Out);
    }

    [Trait(Tier.Key, Tier.Full)]
    [Fact]
    public void Issue0018_check_lays_out_and_reports_what_build_reports_with_totals()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);
        // A warning from the reader and one only layout finds (a character no face has).
        File.AppendAllText(Path.Combine(content, "01-first-talk.md"), "\n# Too big\n\nA beaver: \U0001F9AB.\n");

        var check = CliRun.Of("check", content);
        var build = CliRun.Of("build", content, "-o", SampleContent.OutOf(folder));
        var quiet = CliRun.Of("check", content, "--quiet");

        Assert.Equal((0, 0), (check.ExitCode, build.ExitCode));
        Assert.Contains("warning: no font of the theme or of this machine has the character", check.Error, StringComparison.Ordinal);
        Assert.Equal(build.Error, check.Error);
        Assert.Equal(2, check.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("\n0 errors, 2 warnings\n", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("\n0 errors, 2 warnings\n", build.Out, StringComparison.Ordinal);
        Assert.Equal(("", "0 errors, 2 warnings\n"), (quiet.Error, quiet.Out));
    }

    [Fact]
    public void Issue0018_a_failing_run_ends_with_its_totals()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);
        File.WriteAllText(Path.Combine(content, "02-bad.md"), "no front matter\n\n# big\n");

        var run = CliRun.Of("check", content, "--quiet");

        Assert.Equal(1, run.ExitCode);
        // The file's warning is counted but, under --quiet, not printed.
        Assert.Equal("1 error, 1 warning\n", run.Out);
        Assert.Contains(": error: ", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
