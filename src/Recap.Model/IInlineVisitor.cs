namespace Recap.Model;

/// <summary>
/// Dispatch over the inline kinds without a function made for each call: a walker that visits every
/// inline of a book (layout collects every paragraph's) implements this once, where
/// <see cref="Inline.Match{TResult}"/> with lambdas makes a delegate per kind for every inline. A kind
/// added to Inlines.cs adds its method here (and its <c>Accept</c> in InlineAccept.cs), and then
/// every visitor must handle it.
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
