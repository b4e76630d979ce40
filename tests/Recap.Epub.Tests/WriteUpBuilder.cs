using Recap.Model;

namespace Recap.Epub.Tests;

/// <summary>Builds one write-up, giving blocks the ids the reader would ("{slug}-b{n}", "{slug}-{heading slug}").</summary>
internal sealed class WriteUpBuilder
{
    private readonly List<Block> _body = [];
    private readonly List<Footnote> _footnotes = [];
    private int _next;

    public WriteUpBuilder(string title, WriteUpKind kind)
    {
        Title = title;
        Kind = kind;
        Slug = Model.Slug.From(title);
    }

    public string Title { get; }

    public WriteUpKind Kind { get; }

    public string Slug { get; }

    public List<Speaker> Speakers { get; } = [];

    public string? Summary { get; set; }

    public WriteUpBuilder Add(params Block[] blocks)
    {
        _body.AddRange(blocks);
        return this;
    }

    public Paragraph P(params Inline[] content) => new(NextId(), ModelBuilder.Here, content);

    public Heading H(int level, string text) => new($"{Slug}-{Model.Slug.From(text)}", ModelBuilder.Here, level, [ModelBuilder.T(text)]);

    public ListItem Item(params Block[] content) => new(NextId(), ModelBuilder.Here, content);

    public BulletList Bullets(bool tight, params ListItem[] items) => new(NextId(), ModelBuilder.Here, items, tight);

    public OrderedList Numbered(int start, bool tight, params ListItem[] items) => new(NextId(), ModelBuilder.Here, start, items, tight);

    public BlockQuote Quote(params Block[] content) => new(NextId(), ModelBuilder.Here, content);

    public CodeBlock Code(string? language, string code) => new(NextId(), ModelBuilder.Here, language, code);

    public QaExchange Qa(string question, string answer) => new(NextId(), ModelBuilder.Here, [ModelBuilder.T(question)], [ModelBuilder.T(answer)]);

    public Table Table(ColumnAlignment[] alignments, string[] header, params string[][] rows) =>
        new(NextId(), ModelBuilder.Here, alignments, Row(header), [.. rows.Select(Row)]);

    public Figure Figure(ImageAsset image, string alt, params Inline[] caption) => new(NextId(), ModelBuilder.Here, image, alt, caption);

    public ThematicBreak Rule() => new(NextId(), ModelBuilder.Here);

    /// <summary>Declares a footnote (numbered in declaration order) and returns it for <see cref="Ref"/>.</summary>
    public Footnote Note(string label, params Block[] content)
    {
        var note = new Footnote($"{Slug}-fn-{label}", ModelBuilder.Here, label, _footnotes.Count + 1, content);
        _footnotes.Add(note);
        return note;
    }

    public static FootnoteReference Ref(Footnote note) => new(ModelBuilder.Here, note.Id, note.Number);

    public WriteUp Build() => new(
        Slug,
        new WriteUpMeta(Kind, Title, Slug, Speakers, Summary, []),
        _body,
        _footnotes,
        Slug + ".md",
        ModelBuilder.Here);

    private static TableRow Row(string[] cells) => new([.. cells.Select(c => new TableCell([ModelBuilder.T(c)]))]);

    private string NextId() => $"{Slug}-b{++_next}";
}
