namespace Recap.Model;

/// <summary>The plain text of inline content, for alt text, outlines, metadata and tests.</summary>
public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines) => string.Concat(Pieces(inlines));

    /// <summary>
    /// The plain text piece by piece, in order: what <see cref="Plain"/> joins, for a reader that may stop
    /// early (a paragraph's direction is its first strong character) without building the string.
    /// </summary>
    public static IEnumerable<string> Pieces(IEnumerable<Inline> inlines)
    {
        var parts = new Parts();
        foreach (var inline in inlines)
        {
            inline.Accept(parts);
            var (text, content) = (parts.Text, parts.Content);
            if (text is not null)
            {
                yield return text;
            }

            if (content is not null)
            {
                foreach (var piece in Pieces(content))
                {
                    yield return piece;
                }
            }
        }
    }

    /// <summary>What an inline contributes: text of its own, or the inlines it wraps.</summary>
    private sealed class Parts : IInlineVisitor
    {
        public string? Text { get; private set; }

        public IReadOnlyList<Inline>? Content { get; private set; }

        public void Visit(Text text) => (Text, Content) = (text.Value, null);

        public void Visit(Emphasis emphasis) => (Text, Content) = (null, emphasis.Content);

        public void Visit(Strong strong) => (Text, Content) = (null, strong.Content);

        public void Visit(InlineCode code) => (Text, Content) = (code.Value, null);

        public void Visit(Link link) => (Text, Content) = (null, link.Content);

        public void Visit(Handle handle) => (Text, Content) = (handle.Name, null);

        public void Visit(LineBreak lineBreak) => (Text, Content) = (" ", null);

        public void Visit(FootnoteReference reference) => (Text, Content) = (null, null);
    }
}
