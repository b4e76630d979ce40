namespace Recap.Model;

// Dispatch over the block kinds: one function per kind, each record calling its own. A kind added
// to Blocks.cs must add its parameter here, and then every caller of Match must handle it. Hot paths
// that dispatch every node (the EPUB's BlockRenderer) use a plain switch instead, whose default arm
// throws.

public abstract partial record Block
{
    public abstract TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak);

    /// <summary><see cref="Match{TResult}"/> for writers that make nothing of each block.</summary>
    public void Switch(
        Action<Heading> heading,
        Action<Paragraph> paragraph,
        Action<BulletList> bulletList,
        Action<OrderedList> orderedList,
        Action<BlockQuote> blockQuote,
        Action<CodeBlock> codeBlock,
        Action<QaExchange> qaExchange,
        Action<Table> table,
        Action<Figure> figure,
        Action<ThematicBreak> thematicBreak) =>
        Match(
            heading: x => { heading(x); return true; },
            paragraph: x => { paragraph(x); return true; },
            bulletList: x => { bulletList(x); return true; },
            orderedList: x => { orderedList(x); return true; },
            blockQuote: x => { blockQuote(x); return true; },
            codeBlock: x => { codeBlock(x); return true; },
            qaExchange: x => { qaExchange(x); return true; },
            table: x => { table(x); return true; },
            figure: x => { figure(x); return true; },
            thematicBreak: x => { thematicBreak(x); return true; });
}

public sealed partial record Heading
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => heading(this);
}

public sealed partial record Paragraph
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => paragraph(this);
}

public sealed partial record BulletList
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => bulletList(this);
}

public sealed partial record OrderedList
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => orderedList(this);
}

public sealed partial record BlockQuote
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => blockQuote(this);
}

public sealed partial record CodeBlock
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => codeBlock(this);
}

public sealed partial record QaExchange
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => qaExchange(this);
}

public sealed partial record Table
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => table(this);
}

public sealed partial record Figure
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => figure(this);
}

public sealed partial record ThematicBreak
{
    public override TResult Match<TResult>(
        Func<Heading, TResult> heading,
        Func<Paragraph, TResult> paragraph,
        Func<BulletList, TResult> bulletList,
        Func<OrderedList, TResult> orderedList,
        Func<BlockQuote, TResult> blockQuote,
        Func<CodeBlock, TResult> codeBlock,
        Func<QaExchange, TResult> qaExchange,
        Func<Table, TResult> table,
        Func<Figure, TResult> figure,
        Func<ThematicBreak, TResult> thematicBreak) => thematicBreak(this);
}
