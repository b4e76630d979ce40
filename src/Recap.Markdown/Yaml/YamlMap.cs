using Recap.Model;
using Recap.Model.TextRules;
using YamlDotNet.RepresentationModel;

namespace Recap.Markdown.Yaml;

/// <summary>
/// A YAML mapping read against a known set of keys: unknown keys warn (with a suggestion when
/// one is close), values of the wrong shape are errors at the value, and nulls count as absent.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    private YamlMap(YamlSource source, YamlMappingNode node)
    {
        Source = source;
        _node = node;
    }

    public YamlSource Source { get; }

    public SourceSpan Span => Source.Span(_node);

    /// <summary>Wraps <paramref name="node"/> when it is a mapping, else reports <c>invalid-value</c> with <paramref name="expected"/>.</summary>
    public static YamlMap? From(YamlSource source, YamlNode node, string expected)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(source, mapping);
        }

        source.Diagnostics.Error(source.Span(node), "invalid-value", $"expected {expected}");
        return null;
    }

    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string where)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!known.Contains(name))
            {
                Source.Diagnostics.Warning(Source.Span(key), "unknown-key", $"unknown key `{name}` in {where}", KeySuggestion.Hint(name, known));
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when it is absent or a YAML null.</summary>
    public YamlNode? Value(string key)
    {
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                return YamlSource.IsNull(v) ? null : v;
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="key"/> is written (null when absent), for problems about a key that holds nothing useful.</summary>
    public SourceSpan? KeySpan(string key)
    {
        foreach (var k in _node.Children.Keys)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                return Source.Span(k);
            }
        }

        return null;
    }

    public string? Text(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Source.Diagnostics.Error(Source.Span(value), "invalid-value", $"`{key}` should be text");
        return null;
    }

    /// <summary>
    /// A URL a writer will turn into a link: it must be absolute with a safe scheme (see
    /// <see cref="SafeUrl"/>), else it warns <c>invalid-url</c> and is left out.
    /// </summary>
    public string? Url(string key)
    {
        var url = Text(key);
        if (url is null || SafeUrl.IsAllowed(url))
        {
            return url;
        }

        Source.Diagnostics.Warning(ValueSpan(key)!, "invalid-url", $"`{key}` should be an absolute URL ({string.Join(", ", SafeUrl.Schemes)}), not `{url}`: left out");
        return null;
    }

    public SourceSpan? ValueSpan(string key) => Value(key) is { } value ? Source.Span(value) : null;

    /// <summary>A list of texts; each item keeps its place for later checks.</summary>
    public IReadOnlyList<(string Text, SourceSpan Source)> TextList(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Source.Diagnostics.Error(Source.Span(value), "invalid-value", $"`{key}` should be a list", $"write `{key}: [a, b]` or one `- item` a line");
            return [];
        }

        var items = new List<(string, SourceSpan)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && !YamlSource.IsNull(item))
            {
                items.Add((text, Source.Span(item)));
            }
            else
            {
                Source.Diagnostics.Error(Source.Span(item), "invalid-value", $"each item of `{key}` should be text");
            }
        }

        return items;
    }

    public IReadOnlyList<YamlNode> List(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return [];
        }

        if (value is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        Source.Diagnostics.Error(Source.Span(value), "invalid-value", $"`{key}` should be a list");
        return [];
    }

    /// <summary>The map's keys and values in the order written.</summary>
    public IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries => _node.Children;

    public YamlMap? Map(string key, string expected) => Value(key) is { } value ? From(Source, value, expected) : null;
}
