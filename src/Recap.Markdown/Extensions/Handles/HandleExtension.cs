using Markdig;
using Markdig.Renderers;

namespace Recap.Markdown.Extensions.Handles;

/// <summary>Adds <see cref="HandleParser"/>. No renderer: Recap converts the syntax tree itself.</summary>
internal sealed class HandleExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<HandleParser>())
        {
            pipeline.InlineParsers.Add(new HandleParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
