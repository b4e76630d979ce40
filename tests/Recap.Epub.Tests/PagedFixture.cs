using Recap.Model;
using Recap.Testing;

namespace Recap.Epub.Tests;

/// <summary>
/// The every-kind book with a hand-made print pagination: pages that begin inside paragraphs (in emphasis,
/// in inline code, in a link, after a line break and after a note mark), inside code, a Q&amp;A answer and a
/// footnote, and at the start of write-ups, headings, lists, items, tables, figures and rules.
/// </summary>
internal sealed class PagedFixture
{
    public const string Source = "Every Kind of Block (print edition, PDF)";

    public PagedFixture(TempFolder folder)
    {
        Publication = Fixtures.EveryKind(folder);
        var talk = Publication.WriteUps[1];
        var body = talk.Body;
        var first = body.OfType<Paragraph>().First();
        var code = body.OfType<CodeBlock>().First();
        var exchange = body.OfType<QaExchange>().Single();
        var list = body.OfType<BulletList>().First();
        var note = talk.Footnotes[0];
        Expected =
        [
            new(new PrintPage("1", "before-we-begin", -1), Place.FirstChild, "before-we-begin"),
            new(new PrintPage("2", talk.Id, -1), Place.FirstChild, talk.Id),
            new(new PrintPage("3", talk.BylineId, -1), Place.JustBefore, "byline"),
            new(new PrintPage("4", talk.SummaryId, -1), Place.Word, "Everything,"),
            new(new PrintPage("5", first.Id, 1), Place.Word, "emphasised,"),
            new(new PrintPage("6", first.Id, 3), Place.Word, "nested,"),
            new(new PrintPage("7", first.Id, 6), Place.Word, "code"),
            new(new PrintPage("8", first.Id, 10), Place.Word, "link,"),
            new(new PrintPage("9", first.Id, 13), Place.Word, "@bmizerany,"),
            new(new PrintPage("10", first.Id, 16), Place.Word, "and"),
            new(new PrintPage("11", first.Id, 19), Place.Word, "break."),
            new(new PrintPage("11a", first.Id, 22), Place.Word, "<script>alert(1)</script>"),
            new(new PrintPage("12", "the-talk-lists-and-quotes", -1), Place.FirstChild, "the-talk-lists-and-quotes"),
            new(new PrintPage("13", list.Id, -1), Place.JustBefore, list.Id),
            new(new PrintPage("14", list.Items[1].Id, -1), Place.FirstChild, list.Items[1].Id),
            new(new PrintPage("15", code.Id, 3), Place.Word, "fmt.Println(\"<hello>"),
            new(new PrintPage("16", exchange.QuestionId, -1), Place.FirstChild, "question"),
            new(new PrintPage("17", exchange.AnswerId, 1), Place.Word, "the"),
            new(new PrintPage("18", body.OfType<Table>().Single().Id, -1), Place.JustBefore, body.OfType<Table>().Single().Id),
            new(new PrintPage("19", body.OfType<Figure>().Skip(1).First().Id, -1), Place.FirstChild, body.OfType<Figure>().Skip(1).First().Id),
            new(new PrintPage("20", body.OfType<ThematicBreak>().Single().Id, -1), Place.JustBefore, body.OfType<ThematicBreak>().Single().Id),
            new(new PrintPage("21", note.Id, 3), Place.Word, "emphasis."),
            new(new PrintPage("22", "afterword", -1), Place.FirstChild, "afterword"),
        ];
    }

    /// <summary>Where a marker must sit.</summary>
    public enum Place
    {
        /// <summary>The first child of the element with the given id or class.</summary>
        FirstChild,

        /// <summary>Right before the element with the given id or class.</summary>
        JustBefore,

        /// <summary>The text right after the marker begins with the given word.</summary>
        Word,
    }

    public Publication Publication { get; }

    public IReadOnlyList<(PrintPage Page, Place Place, string? Target)> Expected { get; }

    public PrintPagination Pagination => new(Source, [.. Expected.Select(e => e.Page)]);

    public EpubBook Write() => new(EpubBook.WriteBytes(Publication, print: Pagination));
}
