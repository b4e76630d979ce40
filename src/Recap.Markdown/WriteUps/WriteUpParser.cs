using Markdig.Syntax;
using Recap.Markdown.Conversion;
using Recap.Markdown.Files;
using Recap.Markdown.FrontMatter;
using Recap.Markdown.Images.Remote;
using Recap.Model;
using SourceSpan = Recap.Model.SourceSpan;

namespace Recap.Markdown.WriteUps;

/// <summary>Reads one write-up file: front matter into <see cref="FrontMatterData"/>, body into Markdig's tree.</summary>
internal static class WriteUpParser
{
    /// <returns>Null only when the file cannot be read at all.</returns>
    public static ParsedWriteUp? Parse(ContentContext context, string relativeFile, BookMeta book)
    {
        var diagnostics = context.Diagnostics;
        var displayPath = context.DisplayPath(relativeFile);
        // Split while the text is in the reader's buffer: the body is the one copy of it made.
        if (ContentFile.Read(context, relativeFile, ContentLimits.WriteUpBytes, "write-up", FrontMatterSplitter.Split) is not { } split)
        {
            return null;
        }

        if (split.Unclosed)
        {
            diagnostics.Error(SourceSpan.StartOf(displayPath), "unclosed-front-matter", "the front matter opened here is never closed", "end it with a line of three dashes: `---`");
        }
        else if (split.Yaml is null)
        {
            diagnostics.Error(SourceSpan.StartOf(displayPath), "no-front-matter", "the write-up has no front matter", "start the file with a `---` line, `title: …`, and another `---` line");
        }

        var frontMatter = FrontMatterReader.Read(split, displayPath, book, context, Path.GetDirectoryName(relativeFile) ?? "");
        var document = BodyParser.Parse(context, relativeFile, split.Body);
        if (document is not null)
        {
            FootnoteCheck.Run(context, relativeFile, split.Body, document);
        }

        if (document is not null && !document.Any(IsContent))
        {
            diagnostics.Warning(new SourceSpan(displayPath, split.BodyLine, 1), "empty-write-up", "the write-up has nothing after its front matter");
        }

        document ??= new MarkdownDocument();
        return new ParsedWriteUp(relativeFile.Replace(Path.DirectorySeparatorChar, '/'), frontMatter, document, RemoteReferences.In(document));
    }

    private static bool IsContent(Markdig.Syntax.Block block) => block is not (LinkReferenceDefinitionGroup or BlankLineBlock);
}
