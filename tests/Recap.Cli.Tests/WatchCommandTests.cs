using System.CommandLine;
using System.Text.RegularExpressions;
using Recap.Cli.Commands;
using Recap.Publishing;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary><c>recap watch</c> in-process on a copy of the repository's content, stopped through its cancellation token.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed partial class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LockedWriter _out = new();
    private readonly LockedWriter _error = new();
    private readonly string _content;
    private readonly string _pdf;
    private readonly string _epub;

    public WatchCommandTests()
    {
        _content = Path.Combine(_folder.Path, "content");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _pdf = Path.Combine(_folder.Path, "out", "gopherfest-summer-2016-recap.pdf");
        _epub = Path.Combine(_folder.Path, "out", "gopherfest-summer-2016-recap.epub");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Saves_rebuild_an_error_keeps_the_earlier_files_and_the_fix_rebuilds_until_cancelled()
    {
        var talk = Path.Combine(_content, "01-built-for-snappiness.md");
        var original = File.ReadAllText(talk);
        using var cancellation = new CancellationTokenSource();
        var watch = Start(cancellation.Token, _content, "-o", Path.Combine(_folder.Path, "out"));

        await WaitForBuilds(1);
        var first = (Pdf: File.ReadAllBytes(_pdf), Epub: File.ReadAllBytes(_epub));
        Assert.Equal("", _error.Text);

        File.WriteAllText(talk, original + "\nA sentence written while recap watched.\n");
        await WaitForBuilds(2);
        var second = (Pdf: File.ReadAllBytes(_pdf), Epub: File.ReadAllBytes(_epub));
        Assert.NotEqual(first.Pdf, second.Pdf);
        Assert.Contains("A sentence written while recap watched.", EpubEntries.Read(_epub, "built-for-snappiness.xhtml"), StringComparison.Ordinal);
        Assert.Contains("changed: 01-built-for-snappiness.md", _out.Text, StringComparison.Ordinal);

        File.WriteAllText(talk, original.Replace("title: Built for Snappiness", "title:", StringComparison.Ordinal));
        await Eventually.True(() => _out.Text.Contains("not built", StringComparison.Ordinal), () => _out.Text + _error.Text);
        Assert.Matches(@"01-built-for-snappiness\.md:2:\d+: error: the write-up has no `title`", _error.Text);
        Assert.Equal(second.Pdf, File.ReadAllBytes(_pdf));
        Assert.Equal(second.Epub, File.ReadAllBytes(_epub));
        Assert.False(watch.IsCompleted, "the watch ended after a failed build");

        File.WriteAllText(talk, original);
        await WaitForBuilds(3);
        // The same text as the first build; not the same bytes: the date follows the content's newer time.
        Assert.Equal(PdfText(first.Pdf), PdfText(File.ReadAllBytes(_pdf)));

        await cancellation.CancelAsync();
        Assert.Equal(0, await watch.WaitAsync(Eventually.Limit));
        Assert.EndsWith("recap watch: stopped\n", _out.Text, StringComparison.Ordinal);
        Assert.Equal(["gopherfest-summer-2016-recap.epub", "gopherfest-summer-2016-recap.pdf"], Directory.GetFiles(Path.GetDirectoryName(_pdf)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outputs_written_inside_the_content_folder_do_not_trigger_rebuilds()
    {
        using var cancellation = new CancellationTokenSource();
        var output = Path.Combine(_content, "out");
        var watch = Start(cancellation.Token, _content, "-o", output, "--format", "epub");
        await WaitForBuilds(1);

        // A rebuild would rewrite the output, and that write would trigger the next: a loop. A
        // real save after the build must be the only change the watch reports.
        File.AppendAllText(Path.Combine(_content, "book.yml"), "publisher: Watchers\n");
        await WaitForBuilds(2);
        await cancellation.CancelAsync();
        await watch.WaitAsync(Eventually.Limit);

        Assert.Equal(["book.yml"], ChangedLines().Select(m => m.Groups["names"].Value));
    }

    [Fact]
    public async Task A_missing_content_folder_ends_the_watch_as_build_would()
    {
        var watch = Start(CancellationToken.None, Path.Combine(_folder.Path, "nothing-here"));

        Assert.Equal(ExitCodes.ContentErrors, await watch.WaitAsync(Eventually.Limit));
        Assert.Contains("the content folder does not exist", _error.Text, StringComparison.Ordinal);
    }

    private Task<int> Start(CancellationToken cancellationToken, params string[] args)
    {
        var command = WatchCommand.Create(new PublishEnvironment(_out, _error, name => name == "SOURCE_DATE_EPOCH" ? null : Environment.GetEnvironmentVariable(name)));
        var parsed = command.Parse(args);
        Assert.Empty(parsed.Errors);
        return Task.Run(() => parsed.InvokeAsync(new InvocationConfiguration { Output = _out, Error = _error }, cancellationToken));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => page.Text));
    }

    private Task WaitForBuilds(int count) =>
        Eventually.True(() => BuiltLine().Count(_out.Text) >= count, () => $"{count} builds:\n{_out.Text}{_error.Text}");

    private MatchCollection ChangedLines() => ChangedLine().Matches(_out.Text);

    [GeneratedRegex(@"^\d\d:\d\d:\d\d built in \d+ ms", RegexOptions.Multiline)]
    private static partial Regex BuiltLine();

    [GeneratedRegex(@"^\d\d:\d\d:\d\d changed: (?<names>.*)$", RegexOptions.Multiline)]
    private static partial Regex ChangedLine();
}
