using Recap.Markdown.Scaffolding;
using Recap.Model;
using Recap.Model.Diagnostics;
using Recap.Testing;

namespace Recap.Markdown.Tests;

/// <summary><c>recap new</c>'s write-up: it must read back with no problem at all, and sort last.</summary>
public sealed class WriteUpScaffoldTests
{
    [Fact]
    public void A_scaffolded_talk_reads_back_into_the_repository_content_with_no_diagnostics_and_comes_last()
    {
        using var folder = CopyOfRepositoryContent();
        var name = WriteUpScaffold.FileName("Go in the Browser", Directory.GetFiles(folder.Path).Select(Path.GetFileName).OfType<string>());
        File.WriteAllText(Path.Combine(folder.Path, name), WriteUpScaffold.Text("Go in the Browser", ["Ada Lovelace", "Grace Hopper"]));
        var diagnostics = new DiagnosticBag();

        var publication = ContentReader.Read(folder.Path, diagnostics);

        Assert.Equal("08-go-in-the-browser.md", name);
        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(publication);
        var last = publication.WriteUps[^1];
        Assert.Equal(name, last.SourceFile);
        Assert.Equal("Go in the Browser", last.Meta.Title);
        Assert.Equal(WriteUpKind.Talk, last.Meta.Kind);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], last.Meta.Speakers.Select(s => s.Name));
        Assert.NotEmpty(last.Body);
    }

    [Theory]
    [InlineData("Go: \"fast\", 'simple' & #1 -- really?", "Go: “fast”, ‘simple’ & #1 – really?")]
    [InlineData("null", "null")]
    [InlineData("- [a list?] {or a map}: no, a title \\ with a backslash", "- [a list?] {or a map}: no, a title \\ with a backslash")]
    [InlineData("@handle: *alias &anchor !tag %directive `tick` |pipe >fold", "@handle: *alias &anchor !tag %directive `tick` |pipe >fold")]
    [InlineData("2016", "2016")]
    [InlineData("Yes", "Yes")]
    [InlineData("  Two\nlines  ", "Two lines")]
    public void Titles_and_names_that_mean_something_in_yaml_read_back_as_written(string title, string expected)
    {
        using var fixture = new ContentFixture();
        fixture.Write("01-talk.md", WriteUpScaffold.Text(title, ["O'Brien: \"Ops\" #2"]));

        var publication = fixture.ReadValid();

        fixture.NoDiagnostics();
        var writeUp = Assert.Single(publication.WriteUps);
        Assert.Equal(expected, writeUp.Meta.Title);
        Assert.Equal("O'Brien: \"Ops\" #2", Assert.Single(writeUp.Meta.Speakers).Name);
    }

    [Fact]
    public void Without_speakers_the_write_up_is_a_foreword_and_still_reads_cleanly()
    {
        using var fixture = new ContentFixture();
        fixture.Write("00-welcome.md", WriteUpScaffold.Text("Welcome", []));

        var publication = fixture.ReadValid();

        fixture.NoDiagnostics();
        Assert.Equal(WriteUpKind.Foreword, Assert.Single(publication.WriteUps).Meta.Kind);
    }

    [Theory]
    [InlineData(new string[0], "01-new-talk.md")]
    [InlineData(new[] { "book.yml", "intro.md" }, "01-new-talk.md")]
    [InlineData(new[] { "00-intro.md", "07-last.md", "03-middle.md" }, "08-new-talk.md")]
    [InlineData(new[] { "09-a.md" }, "10-new-talk.md")]
    [InlineData(new[] { "001-a.md", "012-b.md" }, "013-new-talk.md")]
    [InlineData(new[] { "2016-notes.md", "05-a.md" }, "2017-new-talk.md")]
    [InlineData(new[] { "05a.md", "07.md" }, "01-new-talk.md")]
    public void The_file_is_numbered_after_the_highest_prefix(string[] existing, string expected) =>
        Assert.Equal(expected, WriteUpScaffold.FileName("New Talk!", existing));

    [Fact]
    public void A_write_up_with_the_same_name_under_another_number_is_found()
    {
        string[] existing = ["01-built-for-snappiness.md", "02-go-built-for-snappiness.md"];

        Assert.Equal("01-built-for-snappiness.md", WriteUpScaffold.SameName("Built for Snappiness", existing));
        Assert.Null(WriteUpScaffold.SameName("Snappiness", existing));
    }

    private static TempFolder CopyOfRepositoryContent()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }
}
