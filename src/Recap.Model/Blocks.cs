namespace Recap.Model;

// The block nodes of a write-up's body, in one file so the whole tree can be read in one sitting.
// Every block has an Id, unique within the publication and valid as an XML id and a PDF name:
// headings get "{write-up slug}-{heading slug}", other blocks "{write-up slug}-b{n}" in document order.
// Later stages use it to say "this node starts on page 7" and as link anchors.

/// <summary>A block of a write-up's body. <see cref="Match{TResult}"/> takes one function per kind (in <c>BlockMatch.cs</c>), so a new kind does not compile until every writer handles it.</summary>
public abstract partial record Block(string Id, SourceSpan Source);

/// <summary>A section heading; <paramref name="Level"/> is 2–4 (the write-up title is level 1).</summary>
public sealed partial record Heading(string Id, SourceSpan Source, int Level, IReadOnlyList<Inline> Content) : Block(Id, Source);

public sealed partial record Paragraph(string Id, SourceSpan Source, IReadOnlyList<Inline> Content) : Block(Id, Source);

/// <param name="Tight">True when the source list has no blank lines between items.</param>
public sealed partial record BulletList(string Id, SourceSpan Source, IReadOnlyList<ListItem> Items, bool Tight) : Block(Id, Source);

/// <param name="Start">The number of the first item, as the source gives it.</param>
public sealed partial record OrderedList(string Id, SourceSpan Source, int Start, IReadOnlyList<ListItem> Items, bool Tight) : Block(Id, Source);

public sealed record ListItem(string Id, SourceSpan Source, IReadOnlyList<Block> Content);

public sealed partial record BlockQuote(string Id, SourceSpan Source, IReadOnlyList<Block> Content) : Block(Id, Source);

/// <param name="Language">The fence's info word (<c>go</c>), or null.</param>
/// <param name="Code">The code exactly as written, without the final newline.</param>
public sealed partial record CodeBlock(string Id, SourceSpan Source, string? Language, string Code) : Block(Id, Source);

/// <summary>A <c>Q:</c> paragraph followed by an <c>A:</c> paragraph, without the labels.</summary>
public sealed partial record QaExchange(string Id, SourceSpan Source, IReadOnlyList<Inline> Question, IReadOnlyList<Inline> Answer) : Block(Id, Source)
{
    /// <summary>The question's own id (a double dash never occurs in a block id).</summary>
    public string QuestionId => Id + "--q";

    /// <summary>The answer's own id.</summary>
    public string AnswerId => Id + "--a";
}

public sealed partial record Table(string Id, SourceSpan Source, IReadOnlyList<ColumnAlignment> Alignments, TableRow Header, IReadOnlyList<TableRow> Rows) : Block(Id, Source);

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

public sealed record TableCell(IReadOnlyList<Inline> Content);

public enum ColumnAlignment
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>An image standing as a paragraph of its own, with its alternative text and caption.</summary>
/// <param name="Image">The picture; null when a remote one could not be had (the reader warns): both outputs then draw a placeholder naming <see cref="Address"/>.</param>
/// <param name="Alt">The image's alternative text (empty when the source gives none: the reader warns).</param>
/// <param name="Caption">The image's title when given, else empty.</param>
public sealed partial record Figure(string Id, SourceSpan Source, ImageAsset? Image, string Alt, IReadOnlyList<Inline> Caption) : Block(Id, Source)
{
    /// <summary>Where the picture was to come from (its URL), shown in the placeholder when <see cref="Image"/> is null.</summary>
    public string Address { get; init; } = "";
}

public sealed partial record ThematicBreak(string Id, SourceSpan Source) : Block(Id, Source);

/// <summary>A footnote's text; referenced from the body by <see cref="FootnoteReference"/>.</summary>
/// <param name="Number">1-based, in order of first reference within the write-up.</param>
public sealed record Footnote(string Id, SourceSpan Source, string Label, int Number, IReadOnlyList<Block> Content);
