using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>Both books rendered once in epub.js (all chapters × 2 viewports × 3 type sizes × 2 themes); each test reads one kind of problem.</summary>
public sealed class ReadingSystemRun : IDisposable
{
    public ReadingSystemRun()
    {
        Report = ReadingSystem.Check(Books.GopherFest, Books.Reflow);
    }

    public ReaderBooks Books { get; } = new();

    public ReadingSystem.Report Report { get; }

    public void Dispose() => Books.Dispose();
}

[Trait(Tier.Key, Tier.Full)]
public sealed class ReadingSystemTests(ReadingSystemRun run) : IClassFixture<ReadingSystemRun>
{
    [Fact]
    public void Every_chapter_of_both_books_is_rendered_at_every_setting()
    {
        var gopherfest = new EpubBook(File.ReadAllBytes(run.Books.GopherFest)).SpineIds.Count();
        var reflow = new EpubBook(File.ReadAllBytes(run.Books.Reflow)).SpineIds.Count();

        Assert.Equal(2 * 2 * 3 * 2, run.Report.Cases);
        Assert.Equal((gopherfest + reflow) * 2 * 3 * 2, run.Report.Chapters);
        // A chapter epub.js did not lay out in columns would be measured against nothing.
        Assert.DoesNotContain(run.Report.Problems, p => p.Kind is "script-error" or "not-paginated");
    }

    [Fact]
    public void Nothing_runs_past_its_column()
    {
        AssertNone("past-column");
    }

    [Fact]
    public void No_picture_is_taller_than_the_page()
    {
        AssertNone("picture-too-tall");
    }

    [Fact]
    public void Every_text_reads_at_4_5_to_1_in_day_and_night_themes()
    {
        AssertNone("contrast");
    }

    private void AssertNone(string kind)
    {
        var found = run.Report.Problems.Where(p => p.Kind == kind).ToList();
        Assert.True(found.Count == 0, $"{found.Count} {kind} problems:\n" + string.Join("\n", found.Take(40)));
    }
}
