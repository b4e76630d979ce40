namespace Recap.Model;

// The inline nodes: what a paragraph, heading, table cell or caption is made of.
// Smart punctuation is already applied to Text; InlineCode and CodeBlock are exactly as written.
// Soft line breaks of the source arrive as spaces inside Text.

/// <summary>An inline node. Readers visit it (<see cref="IInlineVisitor"/>, one method per kind), so a new kind does not compile until every reader handles it.</summary>
public abstract partial record Inline(SourceSpan Source);

public sealed partial record Text(SourceSpan Source, string Value) : Inline(Source);

public sealed partial record Emphasis(SourceSpan Source, IReadOnlyList<Inline> Content) : Inline(Source);

public sealed partial record Strong(SourceSpan Source, IReadOnlyList<Inline> Content) : Inline(Source);

public sealed partial record InlineCode(SourceSpan Source, string Value) : Inline(Source);

public sealed partial record Link(SourceSpan Source, LinkTarget Target, IReadOnlyList<Inline> Content) : Inline(Source);

/// <summary>A speaker handle in running text (<c>@bmizerany</c>), linked through <c>handle-url</c>.</summary>
/// <param name="Name">The handle as written, with its <c>@</c>.</param>
public sealed partial record Handle(SourceSpan Source, string Name, string Url) : Inline(Source);

/// <summary>A hard line break.</summary>
public sealed partial record LineBreak(SourceSpan Source) : Inline(Source);

/// <summary>A reference to a <see cref="Footnote"/> of the same write-up.</summary>
public sealed partial record FootnoteReference(SourceSpan Source, string FootnoteId, int Number) : Inline(Source);

/// <summary>Where a link goes.</summary>
public abstract record LinkTarget
{
    /// <summary>One function per kind of target: a new kind does not compile until every caller handles it.</summary>
    public abstract TResult Match<TResult>(Func<ExternalTarget, TResult> external, Func<InternalTarget, TResult> @internal);
}

/// <summary>An absolute URL (http, https, mailto, tel).</summary>
public sealed record ExternalTarget(string Url) : LinkTarget
{
    public override TResult Match<TResult>(Func<ExternalTarget, TResult> external, Func<InternalTarget, TResult> @internal) => external(this);
}

/// <summary>A place inside the publication: the Id of a write-up or of a block.</summary>
public sealed record InternalTarget(string TargetId) : LinkTarget
{
    public override TResult Match<TResult>(Func<ExternalTarget, TResult> external, Func<InternalTarget, TResult> @internal) => @internal(this);
}
