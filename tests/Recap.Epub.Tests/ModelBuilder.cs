using Recap.Model;

namespace Recap.Epub.Tests;

/// <summary>Short constructors for inline nodes, so fixtures read like the text they stand for.</summary>
internal static class ModelBuilder
{
    public static readonly SourceSpan Here = new("test.md", 1, 1);

    public static Text T(string value) => new(Here, value);

    public static Emphasis Em(params Inline[] content) => new(Here, content);

    public static Strong Bold(params Inline[] content) => new(Here, content);

    public static InlineCode Code(string value) => new(Here, value);

    public static LineBreak Br() => new(Here);

    public static Link Url(string url, params Inline[] content) => new(Here, new ExternalTarget(url), content);

    public static Link To(string targetId, params Inline[] content) => new(Here, new InternalTarget(targetId), content);

    public static Handle At(string handle) => new(Here, handle, BookMeta.DefaultHandleUrl.Replace("{handle}", handle.TrimStart('@'), StringComparison.Ordinal));

    public static Speaker Speaker(string name, string? handle = null, string? affiliation = null, string? url = null) =>
        new(name, handle, handle is null ? null : BookMeta.DefaultHandleUrl.Replace("{handle}", handle.TrimStart('@'), StringComparison.Ordinal), affiliation, url);
}
