using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

public sealed class OrderingTests
{
    [Fact]
    public void Write_ups_are_the_md_files_in_ordinal_file_name_order()
    {
        using var content = new ContentFixture();
        content.WriteUp("9-a.md", "Nine", "Text.\n");
        content.WriteUp("10-b.md", "Ten", "Text.\n");
        content.WriteUp("B-upper.md", "Upper", "Text.\n");
        content.WriteUp("a-lower.md", "Lower", "Text.\n");
        content.Write("notes.txt", "not a write-up");
        content.WriteUp("sub/nested.md", "Nested", "Text.\n");
        content.WriteUp(".hidden.md", "Hidden", "Text.\n");

        var publication = content.ReadValid();

        content.NoDiagnostics();
        // Ordinal: "1" (0x31) sorts before "9", and upper case before lower case.
        Assert.Equal(["10-b.md", "9-a.md", "B-upper.md", "a-lower.md"], publication.WriteUps.Select(w => w.SourceFile));
    }

    [Fact]
    public void Order_lists_exactly_the_write_ups_and_their_order()
    {
        using var content = new ContentFixture("title: T\norder:\n  - 02-b.md\n  - 01-a.md\n");
        content.WriteUp("01-a.md", "A", "Text.\n");
        content.WriteUp("02-b.md", "B", "Text.\n");
        content.WriteUp("03-c.md", "C", "Text.\n");

        var publication = content.ReadValid();

        Assert.Equal(["02-b.md", "01-a.md"], publication.WriteUps.Select(w => w.SourceFile));
        var left = content.Single("not-in-order", "03-c.md", 1, 1, Severity.Warning);
        Assert.Contains("left out", left.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_entry_that_names_no_file_is_an_error_at_the_entry()
    {
        using var content = new ContentFixture("title: T\norder:\n  - 01-a.md\n  - 02-bb.md\n");
        content.WriteUp("01-a.md", "A", "Text.\n");
        content.WriteUp("02-b.md", "B", "Text.\n");

        var publication = content.ReadValid();

        var unknown = content.Single("order-unknown-file", "book.yml", 4, 5, Severity.Error);
        Assert.Equal("did you mean `02-b.md`?", unknown.Hint);
        Assert.Equal(["01-a.md"], publication.WriteUps.Select(w => w.SourceFile));
    }

    [Fact]
    public void Order_entry_listed_twice_warns_and_counts_once()
    {
        using var content = new ContentFixture("title: T\norder: [01-a.md, 01-a.md]\n");
        content.WriteUp("01-a.md", "A", "Text.\n");

        Assert.Single(content.ReadValid().WriteUps);
        content.Single("order-duplicate", "book.yml", 2, 18, Severity.Warning);
    }
}
