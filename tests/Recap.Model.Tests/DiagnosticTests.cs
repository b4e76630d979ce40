using Recap.Model.Diagnostics;

namespace Recap.Model.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void A_problem_prints_the_way_compilers_print_them()
    {
        var diagnostic = new Diagnostic(Severity.Warning, new SourceSpan("content/01-a.md", 3, 7), "unknown-key", "unknown key 'titel'", "did you mean 'title'?");

        Assert.Equal("content/01-a.md:3:7: warning: unknown key 'titel' (did you mean 'title'?)", diagnostic.ToString());
    }

    [Fact]
    public void The_bag_sorts_by_file_line_and_column_and_knows_when_it_holds_an_error()
    {
        var bag = new DiagnosticBag();
        bag.Warning(new SourceSpan("b.md", 1, 1), "w", "second file");
        bag.Warning(new SourceSpan("a.md", 9, 2), "w", "later line");
        Assert.False(bag.HasErrors);
        bag.Error(new SourceSpan("a.md", 2, 5), "e", "earlier line");

        Assert.True(bag.HasErrors);
        Assert.Equal(["earlier line", "later line", "second file"], bag.Sorted().Select(d => d.Message));
    }
}
