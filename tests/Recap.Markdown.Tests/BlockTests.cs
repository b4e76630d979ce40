using Recap.Model;
using Recap.Model.Diagnostics;

namespace Recap.Markdown.Tests;

public sealed class BlockTests
{
    private static (WriteUp WriteUp, ContentFixture Content) Read(string body)
    {
        var content = new ContentFixture();
        content.WriteUp("01-talk.md", "Talk", body);
        return (Assert.Single(content.ReadValid().WriteUps), content);
    }

    [Fact]
    public void Headings_get_slug_ids_deduplicated_and_other_blocks_numbered_in_document_order()
    {
        var (writeUp, content) = Read("Intro.\n\n## Questions\n\nText.\n\n## Questions\n\n---\n\n### A *deep* one\n");
        using var _ = content;

        content.NoDiagnostics();
        Assert.Equal(["talk-b1", "talk-questions", "talk-b2", "talk-questions-2", "talk-b3", "talk-a-deep-one"], writeUp.Body.Select(b => b.Id));
        var deep = Assert.IsType<Heading>(writeUp.Body[^1]);
        Assert.Equal(3, deep.Level);
        Assert.Equal(new SourceSpan(content.Path("01-talk.md"), 14, 1), deep.Source);
        Assert.IsType<ThematicBreak>(writeUp.Body[4]);
    }

    [Fact]
    public void Issue0018_an_empty_heading_warns_and_is_left_out_without_claiming_an_id()
    {
        var (writeUp, content) = Read("Intro.\n\n##\n\nText.\n\n##   \n\n## Untitled\n");
        using var _ = content;

        Assert.Equal(["talk-b1", "talk-b2", "talk-untitled"], writeUp.Body.Select(b => b.Id));
        var warnings = content.Diagnostics.Sorted().Where(d => d.Code == "empty-heading").ToList();
        Assert.Equal([(6, 1), (10, 1)], warnings.Select(d => (d.Source.Line, d.Source.Column)));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Level_one_heading_warns_and_is_set_as_level_two()
    {
        var (writeUp, content) = Read("Intro.\n\n# Too big\n");
        using var _ = content;

        Assert.Equal(2, Assert.IsType<Heading>(writeUp.Body[1]).Level);
        content.Single("h1-in-body", "01-talk.md", 6, 1, Severity.Warning);
    }

    [Fact]
    public void Setext_level_one_heading_also_warns()
    {
        var (writeUp, content) = Read("Too big\n=======\n");
        using var _ = content;

        Assert.Equal(2, Assert.IsType<Heading>(Assert.Single(writeUp.Body)).Level);
        content.Single("h1-in-body", "01-talk.md", 5, 1, Severity.Warning);
    }

    [Fact]
    public void Levels_five_and_six_are_set_as_four()
    {
        var (writeUp, content) = Read("#### Four\n\n##### Five\n\n###### Six\n");
        using var _ = content;

        Assert.Equal([4, 4, 4], writeUp.Body.Cast<Heading>().Select(h => h.Level));
        content.NoDiagnostics();
    }

    [Fact]
    public void Lists_keep_start_numbers_nesting_and_tightness()
    {
        var (writeUp, content) = Read("3. three\n4. four\n   - nested\n   - also\n\n* loose\n\n* list\n");
        using var _ = content;

        var ordered = Assert.IsType<OrderedList>(writeUp.Body[0]);
        Assert.Equal(3, ordered.Start);
        Assert.True(ordered.Tight);
        Assert.Equal(2, ordered.Items.Count);
        var nested = Assert.IsType<BulletList>(ordered.Items[1].Content[1]);
        Assert.Equal(["nested", "also"], nested.Items.Select(i => InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(i.Content)).Content)));
        var loose = Assert.IsType<BulletList>(writeUp.Body[1]);
        Assert.False(loose.Tight);
        Assert.Equal(new SourceSpan(content.Path("01-talk.md"), 9, 1), loose.Source);

        // Lists, items and paragraphs each take the next number, parents before children.
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"talk-b{n}"), AllIds(writeUp.Body));
    }

    [Fact]
    public void Code_blocks_keep_language_and_code_exactly()
    {
        var (writeUp, content) = Read("```go title=\"x\"\nfunc main() {\n\tfmt.Println(\"hi\") // \"quotes\" -- stay...\n}\n```\n\n    indented 'code'\n");
        using var _ = content;

        var fenced = Assert.IsType<CodeBlock>(writeUp.Body[0]);
        Assert.Equal("go", fenced.Language);
        Assert.Equal("func main() {\n\tfmt.Println(\"hi\") // \"quotes\" -- stay...\n}", fenced.Code);
        var indented = Assert.IsType<CodeBlock>(writeUp.Body[1]);
        Assert.Null(indented.Language);
        Assert.Equal("indented 'code'", indented.Code);
    }

    [Fact]
    public void Tables_keep_alignments_header_and_rows()
    {
        var (writeUp, content) = Read("| Name | Left | Mid | Right |\n| --- | :-- | :-: | --: |\n| a | *b* | `c` | 1 |\n| d | e | f | 2 |\n");
        using var _ = content;

        var table = Assert.IsType<Table>(Assert.Single(writeUp.Body));
        Assert.Equal([ColumnAlignment.Default, ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right], table.Alignments);
        Assert.Equal(["Name", "Left", "Mid", "Right"], table.Header.Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["a", "b", "c", "1"], table.Rows[0].Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.IsType<Emphasis>(Assert.Single(table.Rows[0].Cells[1].Content));
        Assert.IsType<InlineCode>(Assert.Single(table.Rows[0].Cells[2].Content));
    }

    [Fact]
    public void Block_quotes_hold_blocks()
    {
        var (writeUp, content) = Read("> Quoted *text*.\n>\n> Second.\n");
        using var _ = content;

        var quote = Assert.IsType<BlockQuote>(Assert.Single(writeUp.Body));
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal(["talk-b1", "talk-b2", "talk-b3"], AllIds(writeUp.Body));
    }

    private static List<string> AllIds(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            BulletList l => [b.Id, .. l.Items.SelectMany(i => (List<string>)[i.Id, .. AllIds(i.Content)])],
            OrderedList l => [b.Id, .. l.Items.SelectMany(i => (List<string>)[i.Id, .. AllIds(i.Content)])],
            BlockQuote q => [b.Id, .. AllIds(q.Content)],
            _ => (List<string>)[b.Id],
        }).ToList();
}
