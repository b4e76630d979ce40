namespace Recap.Model;

/// <summary>
/// Dispatch over the inline kinds, the one way every reader of inlines takes (the layout's
/// InlineCollector, the EPUB's InlineRenderer, <see cref="InlineText"/>): no function made for each
/// call, though every inline of a book passes through them. A kind added to Inlines.cs adds its method
/// here (and its <c>Accept</c> in InlineAccept.cs), and then every visitor must handle it: the build
/// breaks where one does not.
/// </summary>
public interface IInlineVisitor
{
    void Visit(Text text);

    void Visit(Emphasis emphasis);

    void Visit(Strong strong);

    void Visit(InlineCode code);

    void Visit(Link link);

    void Visit(Handle handle);

    void Visit(LineBreak lineBreak);

    void Visit(FootnoteReference reference);
}
