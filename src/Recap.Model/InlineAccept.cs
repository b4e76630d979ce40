namespace Recap.Model;

// Each inline kind calls its own method of an IInlineVisitor.

public abstract partial record Inline
{
    public abstract void Accept(IInlineVisitor visitor);
}

public sealed partial record Text
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record Emphasis
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record Strong
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record InlineCode
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record Link
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record Handle
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record LineBreak
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}

public sealed partial record FootnoteReference
{
    public override void Accept(IInlineVisitor visitor) => visitor.Visit(this);
}
