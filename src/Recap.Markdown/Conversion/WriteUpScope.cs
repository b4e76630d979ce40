using Markdig.Syntax;
using Recap.Model;
using Recap.Model.Phrases;
using SourceSpan = Recap.Model.SourceSpan;

namespace Recap.Markdown.Conversion;

/// <summary>What converting one write-up's body needs to know, shared by its block and inline converters.</summary>
internal sealed class WriteUpScope
{
    /// <summary>Made once: every block and inline is given a span naming the file.</summary>
    private readonly string _displayPath;

    public WriteUpScope(ContentContext context, BookMeta book, ParsedWriteUp writeUp, WriteUpIds ids, HeadingAnchors headings, LinkTargets links)
    {
        Context = context;
        Book = book;
        WriteUp = writeUp;
        Ids = ids;
        Headings = headings;
        Links = links;
        Footnotes = new FootnoteCollector(ids);
        Quotes = PhraseSet.For(writeUp.FrontMatter.Language ?? book.Language).Quotes;
        _displayPath = context.DisplayPath(writeUp.RelativeFile);
    }

    public ContentContext Context { get; }

    public BookMeta Book { get; }

    /// <summary>The quotation marks of the write-up's language (its own, or the book's): looked up once, used by every text run.</summary>
    public QuoteMarks Quotes { get; }

    public ParsedWriteUp WriteUp { get; }

    public WriteUpIds Ids { get; }

    public HeadingAnchors Headings { get; }

    public LinkTargets Links { get; }

    public FootnoteCollector Footnotes { get; }

    /// <summary>Markdig counts lines and columns from 0; the model and every message from 1.</summary>
    public SourceSpan Span(MarkdownObject node) => new(_displayPath, node.Line + 1, node.Column + 1);
}
