using Recap.Cli.Watching;

namespace Recap.Cli.Tests;

public sealed class EditorFilesTests
{
    [Theory]
    [InlineData(".01-talk.md.swp")]
    [InlineData("01-talk.md~")]
    [InlineData(".#01-talk.md")]
    [InlineData("#01-talk.md#")]
    [InlineData("4913")]
    [InlineData("01-talk.md.tmp")]
    [InlineData("01-talk.md___jb_tmp___")]
    [InlineData(".git/index")]
    [InlineData("images/.photo.png.crswap")]
    public void Editor_scratch_and_hidden_files_are_not_changes(string path) =>
        Assert.True(EditorFiles.IsScratch(path.Replace('/', Path.DirectorySeparatorChar)));

    [Theory]
    [InlineData("01-talk.md")]
    [InlineData("book.yml")]
    [InlineData("images/photo.png")]
    [InlineData("images")]
    public void Content_files_and_folders_are_changes(string path) =>
        Assert.False(EditorFiles.IsScratch(path.Replace('/', Path.DirectorySeparatorChar)));
}
