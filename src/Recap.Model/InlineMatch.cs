namespace Recap.Model;

// Dispatch over the inline kinds: one function per kind, each record calling its own. A kind added
// to Inlines.cs must add its parameter here, and then every caller of Match must handle it. Hot paths
// that dispatch every node (InlineText.Pieces, the EPUB's InlineRenderer) use a plain switch instead,
// whose default arm throws.

public abstract partial record Inline
{
    public abstract TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference);

    /// <summary><see cref="Match{TResult}"/> for writers that make nothing of each inline.</summary>
    public void Switch(
        Action<Text> text,
        Action<Emphasis> emphasis,
        Action<Strong> strong,
        Action<InlineCode> inlineCode,
        Action<Link> link,
        Action<Handle> handle,
        Action<LineBreak> lineBreak,
        Action<FootnoteReference> footnoteReference) =>
        Match(
            text: x => { text(x); return true; },
            emphasis: x => { emphasis(x); return true; },
            strong: x => { strong(x); return true; },
            inlineCode: x => { inlineCode(x); return true; },
            link: x => { link(x); return true; },
            handle: x => { handle(x); return true; },
            lineBreak: x => { lineBreak(x); return true; },
            footnoteReference: x => { footnoteReference(x); return true; });
}

public sealed partial record Text
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => text(this);
}

public sealed partial record Emphasis
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => emphasis(this);
}

public sealed partial record Strong
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => strong(this);
}

public sealed partial record InlineCode
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => inlineCode(this);
}

public sealed partial record Link
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => link(this);
}

public sealed partial record Handle
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => handle(this);
}

public sealed partial record LineBreak
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => lineBreak(this);
}

public sealed partial record FootnoteReference
{
    public override TResult Match<TResult>(
        Func<Text, TResult> text,
        Func<Emphasis, TResult> emphasis,
        Func<Strong, TResult> strong,
        Func<InlineCode, TResult> inlineCode,
        Func<Link, TResult> link,
        Func<Handle, TResult> handle,
        Func<LineBreak, TResult> lineBreak,
        Func<FootnoteReference, TResult> footnoteReference) => footnoteReference(this);
}
