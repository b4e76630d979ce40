using Recap.Cli.Watching;
using Recap.Testing;

namespace Recap.Cli.Tests;

/// <summary>The watcher alone: what counts as a change, and how a burst of events becomes one.</summary>
[Trait(Tier.Key, Tier.Full)]
public sealed class ContentWatcherTests
{
    [Fact]
    public async Task Scratch_files_and_the_output_folder_are_ignored_and_a_burst_is_one_change()
    {
        using var folder = new TempFolder();
        folder.Write("out/.keep", "");
        // Present before the watch: a folder made during it may have files the watch never sees created.
        Directory.CreateDirectory(Path.Combine(folder.Path, "images"));
        using var watcher = new ContentWatcher(folder.Path, Path.Combine(folder.Path, "out"), TimeSpan.FromMilliseconds(200));
        using var limit = new CancellationTokenSource(Eventually.Limit);

        folder.Write(".01-talk.md.swp", "swap");
        folder.Write("01-talk.md~", "backup");
        folder.Write("out/book.pdf", "output");
        folder.Write("01-talk.md", "---\ntitle: Talk\n---\nText.\n");
        folder.Write("images/photo.png", "not really a picture");
        var changes = await watcher.NextChangesAsync(limit.Token);

        // The folder itself may or may not count, as its modification time changes.
        Assert.Equal(["01-talk.md", Path.Combine("images", "photo.png")], changes.Where(c => c != "images"));
    }

    [Fact]
    public async Task A_file_saved_by_renaming_a_temporary_file_over_it_is_named_by_its_real_name()
    {
        using var folder = new TempFolder();
        folder.Write("book.yml", "title: Before\n");
        using var watcher = new ContentWatcher(folder.Path, null, TimeSpan.FromMilliseconds(200));
        using var limit = new CancellationTokenSource(Eventually.Limit);

        var temporary = folder.Write("book.yml.tmp", "title: After\n");
        File.Move(temporary, Path.Combine(folder.Path, "book.yml"), overwrite: true);
        var changes = await watcher.NextChangesAsync(limit.Token);

        Assert.Equal(["book.yml"], changes);
    }

    [Fact]
    public async Task Cancelling_ends_the_wait()
    {
        using var folder = new TempFolder();
        using var watcher = new ContentWatcher(folder.Path, null, TimeSpan.FromMilliseconds(200));
        using var cancellation = new CancellationTokenSource();

        var waiting = watcher.NextChangesAsync(cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
