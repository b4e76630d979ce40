using System.Diagnostics;
using Recap.Publishing.Output;
using Recap.Testing;
using Xunit.Abstractions;

namespace Recap.Cli.Tests;

/// <summary>The build is one transaction: all outputs replace the earlier ones, or none does (issue 11).</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class TransactionTests(ITestOutputHelper output)
{
    [Fact]
    public void A_writer_failing_after_the_others_finished_leaves_every_earlier_output_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("book.pdf", "earlier booklet");
        var epub = folder.Write("book.epub", "earlier ebook");
        var failure = new InvalidDataException("the ebook writer broke");

        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            using var transaction = new OutputTransaction(folder.Path);
            transaction.StageFile(pdf, stream => stream.Write("new booklet"u8));
            transaction.StageFolder(Path.Combine(folder.Path, "book-preview"), path => File.WriteAllText(Path.Combine(path, "page-001.png"), "new page"));
            transaction.StageFile(epub, stream =>
            {
                stream.Write("half an ebook"u8);
                throw failure;
            });
            transaction.Commit();
        });

        Assert.Same(failure, thrown);
        Assert.Equal("earlier booklet", File.ReadAllText(pdf));
        Assert.Equal("earlier ebook", File.ReadAllText(epub));
        Assert.Equal(["book.epub", "book.pdf"], Entries(folder.Path));
    }

    [Fact]
    public void A_commit_replaces_every_output_and_a_folder_whole()
    {
        using var folder = new TempFolder();
        folder.Write("book.pdf", "earlier booklet");
        folder.Write("book-preview/page-009.png", "a page the new build no longer has");

        using (var transaction = new OutputTransaction(folder.Path))
        {
            transaction.StageFile(Path.Combine(folder.Path, "book.pdf"), stream => stream.Write("new booklet"u8));
            transaction.StageFolder(Path.Combine(folder.Path, "book-preview"), path => File.WriteAllText(Path.Combine(path, "page-001.png"), "new page"));
            Assert.Equal("earlier booklet", File.ReadAllText(Path.Combine(folder.Path, "book.pdf")));
            transaction.Commit();
        }

        Assert.Equal("new booklet", File.ReadAllText(Path.Combine(folder.Path, "book.pdf")));
        Assert.Equal(["page-001.png"], Entries(Path.Combine(folder.Path, "book-preview")));
        Assert.Equal(["book-preview", "book.pdf"], Entries(folder.Path));
    }

    [Fact]
    public void A_run_removes_the_temporary_files_of_a_killed_run_but_not_those_of_a_running_one()
    {
        using var folder = SampleContent.Valid();
        var output = SampleContent.OutOf(folder);
        var dead = DeadProcessId();
        var stale = folder.Write($"out/.sample-recap.pdf.{dead}.{Guid.NewGuid():N}.tmp", "");
        var staleFolder = Path.Combine(output, $".sample-recap-preview.{dead}.{Guid.NewGuid():N}.old");
        Directory.CreateDirectory(staleFolder);
        var live = folder.Write($"out/.sample-recap.epub.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp", "another run's");

        var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", output, "-f", "epub");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.False(File.Exists(stale));
        Assert.False(Directory.Exists(staleFolder));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public void A_full_disk_is_one_line_naming_the_file_and_the_earlier_outputs_stay()
    {
        if (Environment.UserName != "root" || !OperatingSystem.IsLinux())
        {
            output.WriteLine("skipped: mounting a small tmpfs needs root on Linux");
            return;
        }

        using var folder = SampleContent.Valid();
        var disk = Path.Combine(folder.Path, "disk");
        Directory.CreateDirectory(disk);
        if (!Run("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", disk))
        {
            output.WriteLine("skipped: this machine does not let the tests mount a tmpfs");
            return;
        }

        try
        {
            var pdf = Path.Combine(disk, "sample-recap.pdf");
            var epub = Path.Combine(disk, "sample-recap.epub");
            File.WriteAllText(pdf, "earlier booklet");
            File.WriteAllText(epub, "earlier ebook");

            var run = CliRun.Of("build", SampleContent.ContentOf(folder), "-o", disk);

            Assert.Equal(1, run.ExitCode);
            var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
            Assert.Matches($"^recap: error: cannot write {disk}/sample-recap\\.(pdf|epub): no space left on device$", line);
            Assert.Equal("earlier booklet", File.ReadAllText(pdf));
            Assert.Equal("earlier ebook", File.ReadAllText(epub));
            Assert.Equal(["sample-recap.epub", "sample-recap.pdf"], Entries(disk));
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static string[] Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The id of a process that has ended (and whose id is not yet reused).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static bool Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
