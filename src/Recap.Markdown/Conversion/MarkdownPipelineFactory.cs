using Markdig;
using Markdig.Extensions.AutoLinks;
using Recap.Markdown.Extensions.Handles;
using Recap.Markdown.Extensions.QaExchange;

namespace Recap.Markdown.Conversion;

/// <summary>
/// The Markdown dialect of the content format: CommonMark, pipe tables, footnotes, autolinks,
/// handles and Q/A exchanges. Front matter is cut off before Markdig sees the text, and smart
/// punctuation is applied while converting, with the same rules as titles.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true });
        builder.Extensions.AddIfNotAlready<HandleExtension>();
        builder.Extensions.AddIfNotAlready<QaExchangeExtension>();
        return builder.Build();
    }
}
