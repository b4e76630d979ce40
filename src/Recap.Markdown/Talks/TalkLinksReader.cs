using Recap.Markdown.Conversion;
using Recap.Markdown.Yaml;
using Recap.Model;
using Recap.Model.Talks;
using Recap.Model.TextRules;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Talks;

/// <summary>
/// Reads a write-up's <c>links:</c>, in any of the forms the content format allows:
/// <code>
/// links:                          links:                     links:
///   - kind: video                   video: https://…           - video: https://…
///     url: https://…                slides: https://…          - slides: https://…
/// </code>
/// URLs pass the same check as body links (<see cref="SafeUrl"/>); one that fails is left out with a warning.
/// </summary>
internal static class TalkLinksReader
{
    private static readonly string[] ItemKeys = ["kind", "url"];

    public static IReadOnlyList<TalkLink> Read(YamlMap map)
    {
        var source = map.Source;
        var links = new List<TalkLink>();
        switch (map.Value("links"))
        {
            case null:
                break;
            case YamlMappingNode shortForm:
                foreach (var (key, value) in shortForm.Children)
                {
                    Add(source, links, key, value);
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    ReadItem(source, links, item);
                }

                break;
            case var other:
                source.Diagnostics.Error(source.Span(other), "invalid-value", "`links` should be a list of links", "write `links:` and under it `- video: https://…` or `- kind: video` with `url: https://…`");
                break;
        }

        return links;
    }

    private static void ReadItem(YamlSource source, List<TalkLink> links, YamlNode item)
    {
        if (item is YamlMappingNode { Children.Count: 1 } pair && pair.Children.Keys.Single() is YamlScalarNode { Value: not ("kind" or "url") })
        {
            var (key, value) = pair.Children.Single();
            Add(source, links, key, value);
            return;
        }

        if (YamlMap.From(source, item, "a link as `- video: https://…` or as `- kind: video` with `url: https://…`") is not { } link)
        {
            return;
        }

        link.WarnUnknownKeys(ItemKeys, "a link");
        var kind = link.Text("kind");
        var url = link.Text("url");
        if (string.IsNullOrWhiteSpace(kind))
        {
            source.Diagnostics.Error(link.KeySpan("kind") ?? link.Span, "link-without-kind", "a link has no `kind`", "say what it is: `video`, `slides`, `code`, `article` or any word");
            return;
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            source.Diagnostics.Error(link.KeySpan("url") ?? link.Span, "link-without-url", $"the `{kind.Trim()}` link has no `url`");
            return;
        }

        Checked(source, links, kind.Trim(), url.Trim(), link.ValueSpan("url")!);
    }

    private static void Add(YamlSource source, List<TalkLink> links, YamlNode key, YamlNode value)
    {
        var kind = (key as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(kind))
        {
            source.Diagnostics.Error(source.Span(key), "link-without-kind", "a link's kind should be a word such as `video`");
            return;
        }

        if (value is not YamlScalarNode { Value: { } url } || YamlSource.IsNull(value) || url.Trim().Length == 0)
        {
            source.Diagnostics.Error(source.Span(YamlSource.IsNull(value) ? key : value), "link-without-url", $"the `{kind}` link should be a URL: `{kind}: https://…`");
            return;
        }

        Checked(source, links, kind, url.Trim(), source.Span(value));
    }

    /// <summary>The body links' rule: an allowed scheme is kept, <c>//host</c> is https, anything else is left out.</summary>
    private static void Checked(YamlSource source, List<TalkLink> links, string kind, string url, SourceSpan span)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        if (SafeUrl.Scheme(url) is not { } scheme)
        {
            source.Diagnostics.Warning(span, "invalid-url", $"the `{kind}` link `{url}` is not an absolute URL: left out", "write it whole, `https://…`, so a reader can open it from paper");
            return;
        }

        if (!SafeUrl.IsAllowed(url))
        {
            source.Diagnostics.Warning(span, "unsafe-link", $"a `{scheme}:` link is not kept: the `{kind}` link is left out", $"links may use {SafeUrl.Listed}");
            return;
        }

        if (links.Any(l => l.Url == url))
        {
            source.Diagnostics.Warning(span, "duplicate-link", $"the talk already links to `{url}`: the second is left out");
            return;
        }

        links.Add(new TalkLink(kind, url, span));
    }
}
