using Recap.Cli.Failures;
using Recap.Publishing;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>Every failure is one line and an exit status, never a stack trace (issue 11).</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class BadInputTests
{
    [Fact]
    public void An_argument_starting_with_at_is_text_not_a_response_file()
    {
        using var folder = SampleContent.Valid();
        var content = SampleContent.ContentOf(folder);

        var run = CliRun.Of("new", "@scale: a talk", "--speaker", "@bmizerany", "--content", content);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var written = File.ReadAllText(Path.Combine(content, "02-scale-a-talk.md"));
        Assert.Contains("title: \"@scale: a talk\"", written, StringComparison.Ordinal);
        Assert.Contains("name: \"@bmizerany\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_date_past_year_9999_is_a_usage_error()
    {
        using var folder = SampleContent.Valid();

        var run = CliRun.Of(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "253402300800" }, "build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("recap: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, before the year 10000, not '253402300800'\n", run.Error);
        Assert.False(Directory.Exists(SampleContent.OutOf(folder)));
    }

    [Fact]
    public void A_very_long_title_gives_files_within_name_limits()
    {
        using var folder = SampleContent.Valid();
        folder.Write("content/book.yml", "title: " + string.Join(' ', Enumerable.Repeat("Gophers", 60)) + "\n");

        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", SampleContent.OutOf(folder), "-f", "epub");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var name = Path.GetFileName(Assert.Single(Directory.GetFiles(SampleContent.OutOf(folder))));
        Assert.Matches("^gophers(-gophers)+-[0-9a-f]{8}\\.epub$", name);
        Assert.True(name.Length <= Recap.Model.Slug.MaxLength + ".epub".Length);
    }

    [Fact]
    public void A_very_long_title_makes_a_new_write_up()
    {
        using var folder = SampleContent.Valid();

        var run = CliRun.Of("new", new string('x', 300), "--content", SampleContent.ContentOf(folder));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.True(Path.GetFileName(run.Out.Trim()).Length < 120);
    }

    [Fact]
    public void Control_characters_in_file_names_are_escaped_so_no_line_is_forged()
    {
        using var folder = SampleContent.Valid();
        folder.Write("content/02-a.md\nx.md:1:1: error: forged.md", "---\nspeakers: []\n---\nNo title.\n");
        folder.Write("content/03-\u001b[31mred.md", "---\nspeakers: []\n---\nNo title.\n");

        var run = CliRun.Of("check", SampleContent.ContentOf(folder));

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("02-a.md\\nx.md:1:1: error: forged.md:", lines[0], StringComparison.Ordinal);
        Assert.Contains("03-\\u{1B}[31mred.md:", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_one_line_naming_it()
    {
        using var folder = SampleContent.Valid();
        var output = folder.Write("out", "not a folder");

        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("not a folder", File.ReadAllText(output));
        OneErrorLine(run, output);
    }

    [Fact]
    public void An_output_file_name_taken_by_a_folder_is_one_line_and_nothing_is_replaced()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        Directory.CreateDirectory(Path.Combine(output, "sample-recap.pdf"));
        var earlier = folder.Write("out/sample-recap.epub", "earlier ebook");

        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output);

        Assert.Equal(1, run.ExitCode);
        OneErrorLine(run, Path.Combine(output, "sample-recap.pdf"));
        Assert.Equal("earlier ebook", File.ReadAllText(earlier));
        Assert.Equal(["sample-recap.epub", "sample-recap.pdf"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unforeseen_failure_is_one_line_with_exit_70_and_the_trace_only_on_request()
    {
        var failure = new InvalidOperationException("boom");
        var quiet = new StringWriter();
        var traced = new StringWriter();

        var plain = FailureReport.Report(new AggregateException(failure), new PublishEnvironment(TextWriter.Null, quiet, _ => null));
        var withTrace = FailureReport.Report(failure, new PublishEnvironment(TextWriter.Null, traced, name => name == "RECAP_TRACE" ? "1" : null));

        Assert.Equal((70, 70), (plain, withTrace));
        Assert.StartsWith("recap: error: internal error (InvalidOperationException: boom)", quiet.ToString(), StringComparison.Ordinal);
        Assert.Single(quiet.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains("System.InvalidOperationException: boom", traced.ToString(), StringComparison.Ordinal);
    }

    private static void OneErrorLine(CliRun run, string path)
    {
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"recap: error: cannot write {path}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }
}
